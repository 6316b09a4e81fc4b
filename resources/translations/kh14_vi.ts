<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>ActivitiesPage</name>
    <message>
      <source>Search activities (accents optional)… Ctrl+F</source>
      <translation>Tìm hoạt động (gõ có dấu hoặc không dấu)… Ctrl+F</translation>
    </message>
    <message>
      <source>All tasks</source>
      <translation>Mọi nhiệm vụ</translation>
    </message>
    <message>
      <source>&amp;New activity…</source>
      <translation>Thê&amp;m hoạt động…</translation>
    </message>
    <message>
      <source>Record an activity (Ctrl+N)</source>
      <translation>Ghi một hoạt động (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Delete the chosen activity (Delete); Ctrl+Z brings it back</source>
      <translation>Xóa hoạt động đang chọn (phím Delete); Ctrl+Z để lấy lại</translation>
    </message>
    <message>
      <source>Check evidence files</source>
      <translation>Kiểm tra tệp minh chứng</translation>
    </message>
    <message>
      <source>Re-read every stored evidence file and flag the missing or altered ones</source>
      <translation>Đọc lại mọi tệp minh chứng đã lưu và đánh dấu tệp bị thiếu hoặc bị thay đổi</translation>
    </message>
    <message>
      <source>{total} activities (showing {shown})</source>
      <translation>{total} hoạt động (đang hiện {shown})</translation>
    </message>
    <message>
      <source>{total} activities</source>
      <translation>{total} hoạt động</translation>
    </message>
    <message>
      <source>No activity matches. Clear the search box or choose “All tasks”.</source>
      <translation>Không có hoạt động nào phù hợp. Hãy xóa ô tìm kiếm hoặc chọn “Mọi nhiệm vụ”.</translation>
    </message>
    <message>
      <source>No activity recorded yet. Add one with “New activity” (Ctrl+N).</source>
      <translation>Chưa ghi hoạt động nào. Bấm “Thêm hoạt động” (Ctrl+N) để ghi.</translation>
    </message>
    <message>
      <source>⚠ {count} evidence file(s) missing or altered</source>
      <translation>⚠ {count} tệp minh chứng bị thiếu hoặc bị thay đổi</translation>
    </message>
  </context>
  <context>
    <name>ActivityActions</name>
    <message>
      <source>Edit activity</source>
      <translation>Sửa hoạt động</translation>
    </message>
    <message>
      <source>Delete activity</source>
      <translation>Xóa hoạt động</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <source>The activity “{title}” could not be restored.</source>
      <translation>Không khôi phục được hoạt động “{title}”.</translation>
    </message>
    <message>
      <source>Reading every stored evidence file…</source>
      <translation>Đang đọc lại từng tệp minh chứng đã lưu…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <source>Check evidence files</source>
      <translation>Kiểm tra tệp minh chứng</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Edit activity</source>
      <translation>Sửa hoạt động</translation>
    </message>
    <message>
      <source>New activity</source>
      <translation>Thêm hoạt động</translation>
    </message>
    <message>
      <source>e.g. Conference to introduce Plan 14</source>
      <translation>Ví dụ: Hội nghị quán triệt Kế hoạch 14</translation>
    </message>
    <message>
      <source>Where, who took part, what came of it…</source>
      <translation>Địa điểm, thành phần tham dự, kết quả đạt được…</translation>
    </message>
    <message>
      <source>&amp;Add files…</source>
      <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Mở tệ&amp;p</translation>
    </message>
    <message>
      <source>Remo&amp;ve file</source>
      <translation>&amp;Bỏ tệp</translation>
    </message>
    <message>
      <source>Drop files here or use “Add files”. At most {limit} per file.</source>
      <translation>Kéo thả tệp vào đây hoặc bấm “Thêm tệp”. Mỗi tệp tối đa {limit}.</translation>
    </message>
    <message>
      <source>&amp;Task:</source>
      <translation>&amp;Nhiệm vụ:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>N&amp;gày:</translation>
    </message>
    <message>
      <source>T&amp;itle:</source>
      <translation>Tên &amp;hoạt động:</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>&amp;Mô tả:</translation>
    </message>
    <message>
      <source>Evidence files:</source>
      <translation>Tệp minh chứng:</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Not saved because of a fault in the program: {detail}. Nothing you typed is lost; try again or tell your IT support.</source>
      <translation>Chưa lưu được do lỗi của chương trình: {detail}. Nội dung đã nhập vẫn còn nguyên; hãy thử lại hoặc báo cho cán bộ kỹ thuật.</translation>
    </message>
    <message>
      <source>Copying {size} of evidence files into the store…</source>
      <translation>Đang sao chép {size} tệp minh chứng vào kho lưu trữ…</translation>
    </message>
    <message>
      <source>Saving the activity</source>
      <translation>Đang lưu hoạt động</translation>
    </message>
    <message>
      <source>Discard what you entered for this activity?</source>
      <translation>Bỏ những gì vừa nhập cho hoạt động này?</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Tiếp tục nhập</translation>
    </message>
  </context>
  <context>
    <name>ActivityTableModel</name>
    <message>
      <source>“{name}” is missing from the store</source>
      <translation>“{name}” không còn trong kho lưu trữ</translation>
    </message>
    <message>
      <source>“{name}” was altered in the store</source>
      <translation>“{name}” trong kho lưu trữ đã bị thay đổi</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Hoạt động</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Số liệu</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Minh chứng</translation>
    </message>
    <message>
      <source>⚠ {count} of {total} files damaged</source>
      <translation>⚠ {count}/{total} tệp lỗi</translation>
    </message>
    <message>
      <source>{count} file(s)</source>
      <translation>{count} tệp</translation>
    </message>
  </context>
  <context>
    <name>AdoptTaskDialog</name>
    <message>
      <source>Add a task your office took part in</source>
      <translation>Thêm nhiệm vụ đơn vị đã tham gia</translation>
    </message>
    <message>
      <source>Some tasks of the plan name no unit by name: their list ends in “các cơ quan, đơn vị có liên quan” (the bodies concerned). If your office took part in one of them, add it to your list to record and report what you did. It is shown as “Cooperating (added by us)” and can be taken off again as long as nothing is recorded on it.</source>
      <translation>Một số nhiệm vụ của kế hoạch không nêu tên đơn vị cụ thể: danh sách đơn vị kết thúc bằng “các cơ quan, đơn vị có liên quan”. Nếu đơn vị đã tham gia một nhiệm vụ như vậy, hãy thêm vào danh sách của đơn vị để ghi nhận và báo cáo kết quả. Nhiệm vụ được ghi là “Phối hợp (tự thêm)” và có thể bỏ ra khi chưa ghi gì cho nhiệm vụ đó.</translation>
    </message>
    <message>
      <source>Search (accents optional)…</source>
      <translation>Tìm (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <source>&amp;Add to our list</source>
      <translation>&amp;Thêm vào danh sách</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Every task of the plan that names no unit by name is on your list already.</source>
      <translation>Mọi nhiệm vụ không nêu tên đơn vị cụ thể đều đã có trong danh sách của đơn vị.</translation>
    </message>
    <message>
      <source>No task matches the search.</source>
      <translation>Không có nhiệm vụ nào khớp với nội dung tìm.</translation>
    </message>
  </context>
  <context>
    <name>AdoptableTasksModel</name>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <source>What the plan says</source>
      <translation>Kế hoạch ghi</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>KH14 Desktop is already open on this data folder but does not answer. Wait for it to finish what it is doing, or close it, then try again.</source>
      <translation>KH14 Desktop đang mở trên thư mục dữ liệu này nhưng không phản hồi. Hãy chờ nó làm xong việc đang làm, hoặc đóng nó, rồi thử lại.</translation>
    </message>
    <message>
      <source>This data folder is marked as open in KH14 Desktop on the computer “{host}”. If the program is no longer open there (for example, the USB stick was pulled out while it was open), the data can be opened on this computer.</source>
      <translation>Thư mục dữ liệu này đang được đánh dấu là đang mở trong KH14 Desktop trên máy “{host}”. Nếu chương trình trên máy đó đã đóng (ví dụ USB bị rút ra khi chương trình còn mở), có thể mở dữ liệu trên máy này.</translation>
    </message>
    <message>
      <source>Open it here</source>
      <translation>Mở ở máy này</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <source>The data folder could not be taken over: the program still holds it.</source>
      <translation>Không mở được thư mục dữ liệu ở máy này: chương trình kia vẫn đang giữ nó.</translation>
    </message>
  </context>
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
      <source>The signing key is made when you click “Save and make the key” (it takes a few seconds).</source>
      <translation>Khóa ký được tạo khi bấm “Lưu và tạo khóa ký” (mất vài giây).</translation>
    </message>
    <message>
      <source>This PC already has a signing key; it is kept.</source>
      <translation>Máy này đã có khóa ký; chương trình giữ nguyên khóa đó.</translation>
    </message>
    <message>
      <source>You can change this later from the Settings menu.</source>
      <translation>Có thể thay đổi sau trong trình đơn Cài đặt.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceFileDialog</name>
    <message>
      <source>Choose evidence files</source>
      <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods)</source>
      <translation>Văn bản (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods)</translation>
    </message>
    <message>
      <source>Pictures (*.jpg *.jpeg *.png *.gif *.tif *.tiff)</source>
      <translation>Hình ảnh (*.jpg *.jpeg *.png *.gif *.tif *.tiff)</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>File name:</source>
      <translation>Tên tệp:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Loại tệp:</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>Chọn</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListModel</name>
    <message>
      <source>(new)</source>
      <translation>(mới)</translation>
    </message>
    <message>
      <source>⚠ missing from the store</source>
      <translation>⚠ thiếu trong kho lưu trữ</translation>
    </message>
    <message>
      <source>⚠ altered in the store</source>
      <translation>⚠ đã bị thay đổi trong kho lưu trữ</translation>
    </message>
  </context>
  <context>
    <name>Failure</name>
    <message>
      <source>The technical details were written to {log}; if it happens again, send that file to technical support.</source>
      <translation>Chi tiết kỹ thuật đã được ghi vào {log}; nếu lỗi lặp lại, hãy gửi tệp đó cho bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
  </context>
  <context>
    <name>FiguresForm</name>
    <message>
      <source>Figures</source>
      <translation>Số liệu</translation>
    </message>
    <message>
      <source>Enter the figures of this activity only; the task's totals are summed from its activities.</source>
      <translation>Chỉ nhập số liệu của riêng hoạt động này; tổng của nhiệm vụ được cộng tự động từ các hoạt động.</translation>
    </message>
    <message>
      <source>The plan asks for no figures for this task.</source>
      <translation>Kế hoạch không yêu cầu số liệu cho nhiệm vụ này.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorTotalsModel</name>
    <message>
      <source>Indicator</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Tổng</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
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
      <source>&amp;Overview</source>
      <translation>Tổng &amp;quan</translation>
    </message>
    <message>
      <source>&amp;Tasks</source>
      <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
      <source>&amp;Activities</source>
      <translation>&amp;Hoạt động</translation>
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
      <source>⚠ {count} evidence file(s) are missing or altered: see the Activities page.</source>
      <translation>⚠ {count} tệp minh chứng bị thiếu hoặc bị thay đổi: xem trang Hoạt động.</translation>
    </message>
    <message>
      <source>All {count} evidence files are intact.</source>
      <translation>Cả {count} tệp minh chứng đều nguyên vẹn.</translation>
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
      <source>&amp;Work</source>
      <translation>Công &amp;việc</translation>
    </message>
    <message>
      <source>&amp;New activity…</source>
      <translation>&amp;Thêm hoạt động…</translation>
    </message>
    <message>
      <source>&amp;Undo delete</source>
      <translation>&amp;Hoàn tác xóa</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
      <source>&amp;Check evidence files</source>
      <translation>Kiểm tra tệp &amp;minh chứng</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Chưa lưu được</translation>
    </message>
    <message>
      <source>The task being edited could not be saved: {reason}</source>
      <translation>Không lưu được nhiệm vụ đang sửa: {reason}</translation>
    </message>
    <message>
      <source>Close without it</source>
      <translation>Vẫn đóng, bỏ phần chưa lưu</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Going back keeps the text on screen so that you can fix it.</source>
      <translation>Chọn “Quay lại” để giữ nguyên nội dung trên màn hình và sửa lại.</translation>
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
    <name>OverviewPage</name>
    <message>
      <source>Show these tasks on the Tasks page</source>
      <translation>Xem các nhiệm vụ này ở trang Nhiệm vụ</translation>
    </message>
    <message>
      <source>activities recorded</source>
      <translation>hoạt động đã ghi</translation>
    </message>
    <message>
      <source>Next step:</source>
      <translation>Việc cần làm tiếp:</translation>
    </message>
    <message>
      <source>Totals (summed from the activities)</source>
      <translation>Số liệu tổng hợp (cộng từ các hoạt động)</translation>
    </message>
    <message>
      <source>Click a task to open it</source>
      <translation>Bấm vào một nhiệm vụ để mở</translation>
    </message>
    <message>
      <source>Every task has at least one activity.</source>
      <translation>Nhiệm vụ nào cũng đã có hoạt động.</translation>
    </message>
    <message>
      <source>Tasks with no activity yet ({count})</source>
      <translation>Nhiệm vụ chưa có hoạt động ({count})</translation>
    </message>
    <message>
      <source>days left until the report is due ({date})</source>
      <translation>ngày đến hạn báo cáo ({date})</translation>
    </message>
    <message>
      <source>the report is due today ({date})</source>
      <translation>hôm nay là hạn báo cáo ({date})</translation>
    </message>
    <message>
      <source>days overdue (the report was due {date})</source>
      <translation>ngày quá hạn báo cáo (hạn {date})</translation>
    </message>
    <message>
      <source>Record the result of task {code}</source>
      <translation>Ghi kết quả nhiệm vụ {code}</translation>
    </message>
    <message>
      <source>Add an activity to task {code}</source>
      <translation>Thêm hoạt động cho nhiệm vụ {code}</translation>
    </message>
    <message>
      <source>Export the report</source>
      <translation>Xuất báo cáo</translation>
    </message>
    <message>
      <source>Every task has its result: the report can be exported and sent.</source>
      <translation>Mọi nhiệm vụ đã có kết quả: có thể xuất báo cáo để gửi đi.</translation>
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
    <name>ProgressEditor</name>
    <message>
      <source>Nothing recorded yet</source>
      <translation>Chưa ghi lần nào</translation>
    </message>
    <message>
      <source>Saved at {time}</source>
      <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
      <source>Last updated {date} {time}</source>
      <translation>Cập nhật lần cuối {date} {time}</translation>
    </message>
    <message>
      <source>Did not arise for us</source>
      <translation>Không phát sinh ở đơn vị</translation>
    </message>
    <message>
      <source>This task applies only if it arose for your unit. Mark it “did not arise” instead of leaving it unreported.</source>
      <translation>Nhiệm vụ này chỉ áp dụng khi phát sinh ở đơn vị. Nếu không phát sinh, hãy đánh dấu “Không phát sinh” thay vì để trống.</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
      <source>Conditional task: if it did not arise for your unit, mark it “did not arise”.</source>
      <translation>Nhiệm vụ có điều kiện: nếu không phát sinh ở đơn vị, hãy chọn “Không phát sinh”.</translation>
    </message>
    <message>
      <source>What was done and what came of it (dated activities and their figures go in the Activities tab)…</source>
      <translation>Đã triển khai những gì, kết quả ra sao (từng hoạt động và số liệu ghi ở thẻ Hoạt động)…</translation>
    </message>
    <message>
      <source>Difficulties met while carrying it out, if any…</source>
      <translation>Khó khăn, vướng mắc trong quá trình thực hiện (nếu có)…</translation>
    </message>
    <message>
      <source>Proposals to the higher level, if any…</source>
      <translation>Đề xuất, kiến nghị với cấp trên (nếu có)…</translation>
    </message>
    <message>
      <source>&amp;Result</source>
      <translation>&amp;Kết quả thực hiện</translation>
    </message>
    <message>
      <source>&amp;Difficulties</source>
      <translation>Khó khăn, vướng &amp;mắc</translation>
    </message>
    <message>
      <source>&amp;Proposals</source>
      <translation>Đề &amp;xuất, kiến nghị</translation>
    </message>
    <message>
      <source>Saving shortly…</source>
      <translation>Sắp tự lưu…</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Chưa lưu được: {reason}</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Chưa lưu</translation>
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
      <source>Save and make the key</source>
      <translation>Lưu và tạo khóa ký</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
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
    <message>
      <source>Making the signing key…</source>
      <translation>Đang tạo khóa ký…</translation>
    </message>
    <message>
      <source>Could not make the signing key</source>
      <translation>Không tạo được khóa ký</translation>
    </message>
  </context>
  <context>
    <name>StatusMessage</name>
    <message>
      <source>Hide this message</source>
      <translation>Ẩn thông báo này</translation>
    </message>
  </context>
  <context>
    <name>TaskActivities</name>
    <message>
      <source>&amp;New activity…</source>
      <translation>Thê&amp;m hoạt động…</translation>
    </message>
    <message>
      <source>Record an activity of this task (Ctrl+N)</source>
      <translation>Ghi một hoạt động của nhiệm vụ này (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Delete the chosen activity (Delete); Ctrl+Z brings it back</source>
      <translation>Xóa hoạt động đang chọn (phím Delete); Ctrl+Z để lấy lại</translation>
    </message>
    <message>
      <source>No activity recorded for this task yet. Add the conferences, articles, trainings… with their figures and evidence files.</source>
      <translation>Nhiệm vụ này chưa có hoạt động nào. Hãy thêm các hội nghị, tin bài, lớp tập huấn… kèm số liệu và tệp minh chứng.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Task totals&lt;/b&gt; (summed from the activities)</source>
      <translation>&lt;b&gt;Tổng số liệu của nhiệm vụ&lt;/b&gt; (cộng từ các hoạt động)</translation>
    </message>
    <message>
      <source>{count} activities</source>
      <translation>{count} hoạt động</translation>
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
      <source>The plan names no unit for this part of the task (“các cơ quan, đơn vị có liên quan”): your office added it to its list because it took part.</source>
      <translation>Kế hoạch không nêu tên đơn vị cụ thể ở phần này của nhiệm vụ (“các cơ quan, đơn vị có liên quan”): đơn vị đã tự thêm nhiệm vụ vào danh sách vì đã tham gia thực hiện.</translation>
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
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>Hoạt động</translation>
    </message>
    <message>
      <source>Plan text</source>
      <translation>Nội dung kế hoạch</translation>
    </message>
    <message>
      <source>Add a task we took &amp;part in…</source>
      <translation>Thêm nhiệm vụ đã th&amp;am gia…</translation>
    </message>
    <message>
      <source>A task whose units end in “các cơ quan, đơn vị có liên quan” names no unit: add it if your office took part</source>
      <translation>Nhiệm vụ giao cho “các cơ quan, đơn vị có liên quan” không nêu tên đơn vị: thêm vào nếu đơn vị đã tham gia</translation>
    </message>
    <message>
      <source>Remove from the list</source>
      <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
      <source>Take this task, added by your office, off the list again</source>
      <translation>Bỏ nhiệm vụ do đơn vị tự thêm này ra khỏi danh sách</translation>
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
      <source>The plan assigns no task to this unit by name. If your office took part in a task given to “các cơ quan, đơn vị có liên quan”, add it with “Add a task we took part in…” below.</source>
      <translation>Kế hoạch không giao nhiệm vụ nào đích danh cho đơn vị. Nếu đơn vị đã tham gia một nhiệm vụ giao cho “các cơ quan, đơn vị có liên quan”, hãy thêm bằng nút “Thêm nhiệm vụ đã tham gia…” bên dưới.</translation>
    </message>
    <message>
      <source>Activities ({count})</source>
      <translation>Hoạt động ({count})</translation>
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
    <name>UndoBar</name>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Deleted activity “{title}” ({date}).</source>
      <translation>Đã xóa hoạt động “{title}” ({date}).</translation>
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
    <message>
      <source>(added by us)</source>
      <translation>(tự thêm)</translation>
    </message>
  </context>
</TS>