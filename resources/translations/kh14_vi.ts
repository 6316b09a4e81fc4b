<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>ConfirmPage</name>
    <message>
      <source>Ready</source>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <source>This PC will receive, check and consolidate the reports of {plan} as {unit}.</source>
      <translation>Máy này sẽ nhận, kiểm tra và tổng hợp báo cáo thực hiện {plan} với tư cách {unit}.</translation>
    </message>
    <message>
      <source>This PC will record and report the work of {unit} on {plan}.</source>
      <translation>Máy này sẽ ghi nhận và báo cáo kết quả của {unit} thực hiện {plan}.</translation>
    </message>
    <message>
      <source>You can change this later from the Settings menu.</source>
      <translation>Có thể thay đổi sau trong trình đơn Cài đặt.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>KH14 Desktop — {unit}</source>
      <translation>KH14 Desktop — {unit}</translation>
    </message>
    <message>
      <source>[demo]</source>
      <translation>[dùng thử]</translation>
    </message>
    <message>
      <source>&amp;Tasks</source>
      <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
      <source>Data folder: {path}</source>
      <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Quản trị tổng hợp</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
      <source>Report due {date}&lt;br&gt;&lt;b&gt;{days} days left&lt;/b&gt;</source>
      <translation>Hạn báo cáo {date}&lt;br&gt;&lt;b&gt;còn {days} ngày&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Report due {date}&lt;br&gt;&lt;b&gt;due today&lt;/b&gt;</source>
      <translation>Hạn báo cáo {date}&lt;br&gt;&lt;b&gt;hết hạn hôm nay&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Report due {date}&lt;br&gt;&lt;b&gt;{days} days overdue&lt;/b&gt;</source>
      <translation>Hạn báo cáo {date}&lt;br&gt;&lt;b&gt;đã quá hạn {days} ngày&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Thoát</translation>
    </message>
    <message>
      <source>&amp;Find task</source>
      <translation>&amp;Tìm nhiệm vụ</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Cài đặt</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <source>&amp;About KH14 Desktop</source>
      <translation>&amp;Giới thiệu KH14 Desktop</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>The new language is used from the next start of the program.</source>
      <translation>Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm tiếp theo.</translation>
    </message>
    <message>
      <source>About KH14 Desktop</source>
      <translation>Giới thiệu KH14 Desktop</translation>
    </message>
    <message>
      <source>KH14 Desktop {version}
Track, report and consolidate the tasks of a provincial plan, without internet.</source>
      <translation>KH14 Desktop {version}
Theo dõi, báo cáo và tổng hợp kết quả thực hiện kế hoạch của tỉnh, không cần Internet.</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Which plan does this office report on?</source>
      <translation>Đơn vị báo cáo theo kế hoạch nào?</translation>
    </message>
    <message>
      <source>The plan lists the tasks of every unit and the report deadline. You can add next year's plan later.</source>
      <translation>Kế hoạch ghi nhiệm vụ của từng đơn vị và hạn báo cáo. Kế hoạch năm sau có thể thêm vào sau.</translation>
    </message>
    <message>
      <source>{number}, {date}: {title}. {tasks} tasks, {units} units; report due {deadline}.</source>
      <translation>Số {number} ngày {date}: {title}. {tasks} nhiệm vụ, {units} đơn vị; hạn báo cáo {deadline}.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>Set up KH14 Desktop</source>
      <translation>Thiết lập KH14 Desktop</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Quay lại</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Tiếp tục &gt;</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Could not save the setup</source>
      <translation>Không lưu được thiết lập</translation>
    </message>
  </context>
  <context>
    <name>TaskDetail</name>
    <message>
      <source>Choose a task on the left to read what the plan asks and who takes part.</source>
      <translation>Chọn một nhiệm vụ ở bên trái để xem nội dung kế hoạch yêu cầu và các đơn vị tham gia.</translation>
    </message>
    <message>
      <source>The plan names no cooperating unit.</source>
      <translation>Kế hoạch không nêu đơn vị phối hợp.</translation>
    </message>
    <message>
      <source>Also, without naming a unit: {clauses}.</source>
      <translation>Ngoài ra, không nêu đơn vị cụ thể: {clauses}.</translation>
    </message>
    <message>
      <source>Your role: {role}. Status: {status}.</source>
      <translation>Vai trò của đơn vị: {role}. Trạng thái: {status}.</translation>
    </message>
    <message>
      <source>The plan says “Đề nghị”: the Provincial People's Committee requests this of a body outside its authority.</source>
      <translation>Kế hoạch ghi “Đề nghị”: UBND tỉnh đề nghị cơ quan không thuộc thẩm quyền quản lý của mình thực hiện.</translation>
    </message>
    <message>
      <source>This applies only if it arose for your unit; otherwise mark it “did not arise”.</source>
      <translation>Nhiệm vụ chỉ áp dụng khi phát sinh ở đơn vị; nếu không, hãy đánh dấu “Không phát sinh”.</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Lead units</source>
      <translation>Đơn vị chủ trì, thực hiện</translation>
    </message>
    <message>
      <source>Cooperating units</source>
      <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
      <source>Figures to report</source>
      <translation>Số liệu cần báo cáo</translation>
    </message>
  </context>
  <context>
    <name>TaskPage</name>
    <message>
      <source>Search tasks (accents optional)… Ctrl+F</source>
      <translation>Tìm nhiệm vụ (gõ có dấu hoặc không dấu)… Ctrl+F</translation>
    </message>
    <message>
      <source>All roles</source>
      <translation>Mọi vai trò</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Chủ trì</translation>
    </message>
    <message>
      <source>Cooperating</source>
      <translation>Phối hợp</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Mọi trạng thái</translation>
    </message>
    <message>
      <source>{shown} of {total} tasks shown</source>
      <translation>Đang hiện {shown}/{total} nhiệm vụ</translation>
    </message>
    <message>
      <source>No task matches. Clear the search box or choose “All” in the filters.</source>
      <translation>Không có nhiệm vụ nào khớp. Hãy xóa ô tìm kiếm hoặc chọn “Mọi…” ở bộ lọc.</translation>
    </message>
    <message>
      <source>The plan assigns no task to this unit. If your office took part in an open clause (“các cơ quan, đơn vị có liên quan”), you can report it in the report's general section.</source>
      <translation>Kế hoạch không giao nhiệm vụ nào cho đơn vị này. Nếu đơn vị có tham gia với tư cách “các cơ quan, đơn vị có liên quan”, hãy báo cáo ở phần chung của báo cáo.</translation>
    </message>
  </context>
  <context>
    <name>TaskTableModel</name>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
  </context>
  <context>
    <name>UnitPage</name>
    <message>
      <source>Which unit is this office?</source>
      <translation>Máy này của đơn vị nào?</translation>
    </message>
    <message>
      <source>Type part of the name, with or without accents (for example: van yen), then click the unit.</source>
      <translation>Gõ một phần tên, có dấu hoặc không dấu (ví dụ: van yen), rồi bấm chọn đơn vị.</translation>
    </message>
    <message>
      <source>Search units…</source>
      <translation>Tìm đơn vị…</translation>
    </message>
    <message>
      <source>This PC belongs to the admin who receives and consolidates the reports</source>
      <translation>Đây là máy của quản trị, nơi nhận và tổng hợp báo cáo</translation>
    </message>
    <message>
      <source>No unit chosen yet.</source>
      <translation>Chưa chọn đơn vị.</translation>
    </message>
    <message>
      <source>{unit}: {count} tasks in this plan ({lead} as lead, {cooperating} cooperating).</source>
      <translation>{unit}: {count} nhiệm vụ trong kế hoạch ({lead} chủ trì, {cooperating} phối hợp).</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Not started</source>
      <translation>Chưa triển khai</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Đang triển khai</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <source>Did not arise</source>
      <translation>Không phát sinh</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Chủ trì</translation>
    </message>
    <message>
      <source>Cooperating</source>
      <translation>Phối hợp</translation>
    </message>
    <message>
      <source>(requested)</source>
      <translation>(đề nghị)</translation>
    </message>
    <message>
      <source>(if it arises)</source>
      <translation>(nếu phát sinh)</translation>
    </message>
  </context>
</TS>