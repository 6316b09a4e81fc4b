<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>BackupListModel</name>
    <message>
      <source>It could not be read ({error}).</source>
      <translation>Không đọc được tệp ({error}).</translation>
    </message>
    <message>
      <source>Waiting to be checked</source>
      <translation>Chờ kiểm tra</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <source>✗ Cannot be used</source>
      <translation>✗ Không dùng được</translation>
    </message>
    <message>
      <source>✓ Usable, with evidence files</source>
      <translation>✓ Dùng được, kèm tệp minh chứng</translation>
    </message>
    <message>
      <source>✓ Usable</source>
      <translation>✓ Dùng được</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
  </context>
  <context>
    <name>HealthDialog</name>
    <message>
      <source>Check the data</source>
      <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
      <source>&amp;Copy lost files back from a backup…</source>
      <translation>&amp;Chép lại tệp bị mất từ bản sao lưu…</translation>
    </message>
    <message>
      <source>Copies the missing or altered evidence files back from a complete backup (one made with “Back up the data…”); the recorded data is not changed.</source>
      <translation>Chép lại các tệp minh chứng bị mất hoặc bị thay đổi từ một bản sao lưu đầy đủ (tạo bằng “Sao lưu dữ liệu…”); dữ liệu đã ghi không thay đổi.</translation>
    </message>
    <message>
      <source>Open the data &amp;folder</source>
      <translation>Mở thư &amp;mục dữ liệu</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Found {count} problem(s); each says what to do.</source>
      <translation>Phát hiện {count} vấn đề; mỗi vấn đề kèm cách xử lý.</translation>
    </message>
    <message>
      <source>The check was stopped before every file was read.</source>
      <translation>Việc kiểm tra đã dừng trước khi đọc hết các tệp.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>KH14 Desktop: the data needs attention</source>
      <translation>KH14 Desktop: dữ liệu cần được xử lý</translation>
    </message>
    <message>
      <source>The data was written by a newer version of the program</source>
      <translation>Dữ liệu do phiên bản mới hơn của phần mềm tạo ra</translation>
    </message>
    <message>
      <source>The program's data is damaged</source>
      <translation>Dữ liệu của phần mềm bị hỏng</translation>
    </message>
    <message>
      <source>Nothing was changed, and this version of the program will not change it.</source>
      <translation>Dữ liệu không bị thay đổi, và phiên bản này sẽ không thay đổi nó.</translation>
    </message>
    <message>
      <source>This usually follows a power cut or a failing disk. Restoring keeps the damaged data exactly as it is, in the backup folder: nothing is deleted.</source>
      <translation>Việc này thường do mất điện đột ngột hoặc ổ đĩa bị lỗi. Khi khôi phục, dữ liệu hỏng hiện tại được giữ nguyên trạng trong thư mục sao lưu: không có gì bị xóa.</translation>
    </message>
    <message>
      <source>Latest good backup</source>
      <translation>Bản sao lưu tốt gần nhất</translation>
    </message>
    <message>
      <source>Looking for the latest backup that passes its check…</source>
      <translation>Đang tìm bản sao lưu gần nhất còn dùng được…</translation>
    </message>
    <message>
      <source>&amp;Restore this backup</source>
      <translation>&amp;Khôi phục bản sao lưu này</translation>
    </message>
    <message>
      <source>Restore an &amp;older backup…</source>
      <translation>&amp;Khôi phục một bản sao lưu cũ…</translation>
    </message>
    <message>
      <source>Choose &amp;another backup…</source>
      <translation>&amp;Chọn bản sao lưu khác…</translation>
    </message>
    <message>
      <source>Only if this PC must work with this version now: what the newer version recorded is kept as a backup first, and can be restored after the update.</source>
      <translation>Chỉ dùng khi máy này buộc phải làm việc ngay bằng phiên bản hiện tại: dữ liệu do phiên bản mới hơn ghi được sao lưu trước, và có thể khôi phục lại sau khi cập nhật.</translation>
    </message>
    <message>
      <source>Open the data &amp;folder</source>
      <translation>Mở thư &amp;mục dữ liệu</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>Để &amp;sau</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Thoát</translation>
    </message>
    <message>
      <source>{count} received reports</source>
      <translation>{count} báo cáo đã nhận</translation>
    </message>
    <message>
      <source>{count} activities</source>
      <translation>{count} hoạt động</translation>
    </message>
    <message>
      <source>Taken {created} ({reason}): {contents}.
What was recorded after that moment will have to be entered again.
{path}</source>
      <translation>Lúc {created} ({reason}): {contents}.
Những gì ghi sau thời điểm này sẽ phải nhập lại.
{path}</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>All the current data will be replaced by the backup taken {created} ({reason}). What was recorded after that moment will no longer be in the program.</source>
      <translation>Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc {created} ({reason}). Những gì ghi sau thời điểm đó sẽ không còn trong phần mềm.</translation>
    </message>
    <message>
      <source>Before the restore, the current data is saved as a backup of its own (kind: “before a restore”), so it can be brought back at any time. The window closes while the data is restored and opens again by itself.</source>
      <translation>Trước khi khôi phục, dữ liệu hiện tại được sao lưu thành một bản riêng (loại “trước khi khôi phục”), nên có thể lấy lại bất cứ lúc nào. Cửa sổ sẽ đóng trong lúc khôi phục rồi tự mở lại.</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <source>Choose the backup to go back to. Everything recorded after it is replaced; the current data is first kept as a backup of its own, so nothing is lost.</source>
      <translation>Chọn bản sao lưu muốn quay về. Mọi thứ ghi sau thời điểm đó sẽ được thay thế; dữ liệu hiện tại được giữ lại trước thành một bản sao lưu riêng, nên không mất gì.</translation>
    </message>
    <message>
      <source>There is no backup in the backup folder yet. Choose a backup file from elsewhere (a USB stick, for example) with “Choose another file…”.</source>
      <translation>Thư mục sao lưu chưa có bản sao lưu nào. Hãy chọn một tệp sao lưu ở nơi khác (ví dụ trên USB) bằng nút “Chọn tệp khác…”.</translation>
    </message>
    <message>
      <source>Choose &amp;another file…</source>
      <translation>&amp;Chọn tệp khác…</translation>
    </message>
    <message>
      <source>Open the backup &amp;folder</source>
      <translation>Mở thư &amp;mục sao lưu</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>This backup is being checked from end to end…</source>
      <translation>Đang kiểm tra toàn bộ bản sao lưu này…</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message>
      <source>&amp;Back up the data…</source>
      <translation>&amp;Sao lưu dữ liệu…</translation>
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation>Khôi &amp;phục từ bản sao lưu…</translation>
    </message>
    <message>
      <source>&amp;Open the backup folder</source>
      <translation>&amp;Mở thư mục sao lưu</translation>
    </message>
    <message>
      <source>C&amp;heck the data…</source>
      <translation>Kiểm tra dữ &amp;liệu…</translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <source>Back up the data</source>
      <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
      <source>Writing the backup: the database, the signing key and every evidence file…</source>
      <translation>Đang ghi bản sao lưu: cơ sở dữ liệu, khóa ký và mọi tệp minh chứng…</translation>
    </message>
    <message>
      <source>The backup was stopped; no file was left behind.</source>
      <translation>Đã dừng sao lưu; không để lại tệp dở dang nào.</translation>
    </message>
    <message>
      <source>Check the data</source>
      <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
      <source>Checking the database and reading every stored file…</source>
      <translation>Đang kiểm tra cơ sở dữ liệu và đọc từng tệp lưu trữ…</translation>
    </message>
    <message>
      <source>Copy lost files back</source>
      <translation>Chép lại tệp bị mất</translation>
    </message>
    <message>
      <source>Copying the lost files back from the backup…</source>
      <translation>Đang chép lại các tệp bị mất từ bản sao lưu…</translation>
    </message>
    <message>
      <source>Checks at start</source>
      <translation>Kiểm tra khi khởi động</translation>
    </message>
    <message>
      <source>⚠ The data check found {count} problem(s)</source>
      <translation>⚠ Kiểm tra dữ liệu phát hiện {count} vấn đề</translation>
    </message>
  </context>
  <context>
    <name>SafetyErrors</name>
    <message>
      <source>An unexpected error occurred in the program. The data already saved is not lost; what was being done at that moment may not have been saved. The details were written to {log}.</source>
      <translation>Đã xảy ra lỗi không mong muốn trong phần mềm. Dữ liệu đã lưu không bị mất; thao tác đang làm lúc đó có thể chưa được lưu. Chi tiết đã ghi vào {log}.</translation>
    </message>
    <message>
      <source>If it happens again, send the log file to technical support.</source>
      <translation>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
      <source>Open the log folder</source>
      <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>KH14 Desktop: unexpected error</source>
      <translation>KH14 Desktop: lỗi không mong muốn</translation>
    </message>
  </context>
  <context>
    <name>SafetyFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Tìm trong:</translation>
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
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Back up the data</source>
      <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
      <source>KH14 backups (*.zip)</source>
      <translation>Bản sao lưu KH14 (*.zip)</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Sao lưu</translation>
    </message>
    <message>
      <source>“{name}” already exists. Replace it?</source>
      <translation>Đã có tệp “{name}”. Ghi đè lên tệp đó?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Ghi đè</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Choose a backup file</source>
      <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
      <source>KH14 backups (*.zip *.sqlite3)</source>
      <translation>Bản sao lưu KH14 (*.zip *.sqlite3)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>Chọn</translation>
    </message>
    <message>
      <source>Replace the current data?</source>
      <translation>Thay dữ liệu hiện tại?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <source>Keep the current data</source>
      <translation>Giữ dữ liệu hiện tại</translation>
    </message>
    <message>
      <source>Open the folder</source>
      <translation>Mở thư mục</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
  </context>
  <context>
    <name>SafetyNotice</name>
    <message>
      <source>See what to do…</source>
      <translation>Xem cách xử lý…</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <source>Checks at start</source>
      <translation>Kiểm tra khi khởi động</translation>
    </message>
    <message>
      <source>Restoring the data from the backup… The window opens again when it is done.</source>
      <translation>Đang khôi phục dữ liệu từ bản sao lưu… Cửa sổ sẽ tự mở lại khi xong.</translation>
    </message>
  </context>
</TS>