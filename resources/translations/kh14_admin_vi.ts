<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>AdminFileDialog</name>
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
      <source>Report files (*.kh14)</source>
      <translation>Tệp báo cáo (*.kh14)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Mọi tệp (*)</translation>
    </message>
    <message>
      <source>Choose report files to import</source>
      <translation>Chọn tệp báo cáo cần nhập</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Choose a folder of report files</source>
      <translation>Chọn thư mục chứa tệp báo cáo</translation>
    </message>
    <message>
      <source>Import folder</source>
      <translation>Nhập thư mục</translation>
    </message>
    <message>
      <source>Choose a list of public keys</source>
      <translation>Chọn danh sách khóa công khai</translation>
    </message>
    <message>
      <source>Key lists (*.txt)</source>
      <translation>Danh sách khóa (*.txt)</translation>
    </message>
    <message>
      <source>Load</source>
      <translation>Nạp</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
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
  </context>
  <context>
    <name>AdminJobs</name>
    <message>
      <source>Import</source>
      <translation>Nhập báo cáo</translation>
    </message>
    <message>
      <source>Checking and importing the report files…</source>
      <translation>Đang kiểm tra và nhập các tệp báo cáo…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <source>Import reports</source>
      <translation>Nhập báo cáo</translation>
    </message>
    <message>
      <source>Checking and importing the report files… {done} of {total}</source>
      <translation>Đang kiểm tra và nhập các tệp báo cáo… {done}/{total}</translation>
    </message>
    <message>
      <source>Stopping after the file being checked…</source>
      <translation>Sẽ dừng sau tệp đang kiểm tra…</translation>
    </message>
    <message>
      <source>Stopped: {done} of {found} files were checked; the others were not touched.</source>
      <translation>Đã dừng: kiểm tra {done}/{found} tệp; các tệp còn lại chưa được động đến.</translation>
    </message>
    <message>
      <source>Import of {found} file(s) finished.</source>
      <translation>Đã kiểm tra xong {found} tệp.</translation>
    </message>
    <message>
      <source>Trust a key</source>
      <translation>Tin cậy khóa ký</translation>
    </message>
    <message>
      <source>Its previous key is retired: files signed with it are refused from now on.</source>
      <translation>Khóa cũ của đơn vị đã bị thu hồi: từ nay tệp ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
      <source>Load a key list</source>
      <translation>Nạp danh sách khóa</translation>
    </message>
    <message>
      <source>⚠ Possibly forged reports</source>
      <translation>⚠ Có báo cáo nghi giả mạo</translation>
    </message>
    <message>
      <source>{count} file(s) claim to come from a unit but are signed with another key than the one trusted for it. They were NOT imported and are kept apart for checking. Call the unit before doing anything else with them.</source>
      <translation>{count} tệp ghi là của một đơn vị nhưng được ký bằng khóa khác với khóa đã tin cậy của đơn vị đó. Các tệp này KHÔNG được nhập và được giữ riêng để kiểm tra. Hãy gọi điện cho đơn vị trước khi làm gì khác với các tệp này.</translation>
    </message>
    <message>
      <source>If the unit says it forgot its passphrase and made a new key, confirm that key on the Keys waiting tab (“Confirm the unit's new key…”).</source>
      <translation>Nếu đơn vị cho biết đã quên mật khẩu và tạo khóa mới, hãy xác nhận khóa đó ở thẻ Khóa chờ xác nhận (“Xác nhận khóa mới của đơn vị…”).</translation>
    </message>
    <message>
      <source>This stopped because of a fault in the program. Nothing was half written: each file is imported whole or not at all. Try again.</source>
      <translation>Việc này bị dừng do lỗi của chương trình. Không có gì bị ghi dở: mỗi tệp hoặc được nhập trọn vẹn, hoặc không được nhập. Hãy thử lại.</translation>
    </message>
  </context>
  <context>
    <name>AdminLabels</name>
    <message>
      <source>reading the file</source>
      <translation>đọc tệp</translation>
    </message>
    <message>
      <source>size limits</source>
      <translation>giới hạn kích thước</translation>
    </message>
    <message>
      <source>ZIP structure</source>
      <translation>cấu trúc ZIP</translation>
    </message>
    <message>
      <source>member names</source>
      <translation>tên các thành phần</translation>
    </message>
    <message>
      <source>list of members</source>
      <translation>danh sách thành phần</translation>
    </message>
    <message>
      <source>manifest</source>
      <translation>bản kê (manifest)</translation>
    </message>
    <message>
      <source>manifest format</source>
      <translation>định dạng bản kê</translation>
    </message>
    <message>
      <source>content hashes (SHA-256)</source>
      <translation>mã băm nội dung (SHA-256)</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>chữ ký số</translation>
    </message>
    <message>
      <source>report data</source>
      <translation>dữ liệu báo cáo</translation>
    </message>
    <message>
      <source>Not reported</source>
      <translation>Chưa báo cáo</translation>
    </message>
    <message>
      <source>Not assigned</source>
      <translation>Không được giao</translation>
    </message>
    <message>
      <source>L</source>
      <comment>lead unit, one letter</comment>
      <translation>C</translation>
    </message>
    <message>
      <source>C</source>
      <comment>cooperating unit, one letter</comment>
      <translation>P</translation>
    </message>
  </context>
  <context>
    <name>AdminPages</name>
    <message>
      <source>Imp&amp;ort reports</source>
      <translation>Nhập báo cá&amp;o</translation>
    </message>
    <message>
      <source>Who &amp;reported</source>
      <translation>Tình hình báo cáo</translation>
    </message>
    <message>
      <source>&amp;Matrix</source>
      <translation>&amp;Ma trận</translation>
    </message>
    <message>
      <source>Consolidatio&amp;n</source>
      <translation>Tổng hợ&amp;p</translation>
    </message>
    <message>
      <source>Ad&amp;min</source>
      <translation>Quản t&amp;rị</translation>
    </message>
    <message>
      <source>Import &amp;files…</source>
      <translation>Nhập &amp;tệp báo cáo…</translation>
    </message>
    <message>
      <source>Import a f&amp;older…</source>
      <translation>Nhập cả thư &amp;mục…</translation>
    </message>
    <message>
      <source>Load a &amp;key list…</source>
      <translation>Nạp danh sách &amp;khóa…</translation>
    </message>
    <message>
      <source>Export consolidated &amp;PDF…</source>
      <translation>Xuất báo cáo tổng hợp &amp;PDF…</translation>
    </message>
    <message>
      <source>Export consolidated &amp;Excel…</source>
      <translation>Xuất tổng hợp &amp;Excel…</translation>
    </message>
    <message>
      <source>Export &amp;signed consolidated file…</source>
      <translation>Xuất tệp tổng hợp có chữ &amp;ký (.kh14)…</translation>
    </message>
    <message>
      <source>The received reports could not be read because of a fault in the program. Nothing was changed: close the program and open it again.</source>
      <translation>Không đọc được các báo cáo đã nhận do lỗi của chương trình. Dữ liệu không bị thay đổi: hãy đóng chương trình rồi mở lại.</translation>
    </message>
    <message>
      <source>Reading the received reports</source>
      <translation>Đọc các báo cáo đã nhận</translation>
    </message>
  </context>
  <context>
    <name>CellDetail</name>
    <message>
      <source>Report no. {sequence}, signed {date}</source>
      <translation>Báo cáo số thứ tự {sequence}, ký ngày {date}</translation>
    </message>
    <message>
      <source>The task is not assigned to this unit.</source>
      <translation>Nhiệm vụ này không giao cho đơn vị.</translation>
    </message>
    <message>
      <source>The unit has not reported on this task yet.</source>
      <translation>Đơn vị chưa báo cáo nhiệm vụ này.</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Kết quả thực hiện</translation>
    </message>
    <message>
      <source>Difficulties</source>
      <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
      <source>Proposals</source>
      <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Số liệu</translation>
    </message>
    <message>
      <source>Activities ({count})</source>
      <translation>Hoạt động ({count})</translation>
    </message>
    <message>
      <source>No result or activity was reported.</source>
      <translation>Đơn vị không ghi kết quả hay hoạt động nào.</translation>
    </message>
  </context>
  <context>
    <name>ConsolidationPage</name>
    <message>
      <source>units have reported</source>
      <translation>đơn vị đã báo cáo</translation>
    </message>
    <message>
      <source>activities in their reports</source>
      <translation>hoạt động trong các báo cáo</translation>
    </message>
    <message>
      <source>units name difficulties</source>
      <translation>đơn vị nêu khó khăn, vướng mắc</translation>
    </message>
    <message>
      <source>units make proposals</source>
      <translation>đơn vị có đề xuất, kiến nghị</translation>
    </message>
    <message>
      <source>Totals of the province (summed from every report)</source>
      <translation>Số liệu toàn tỉnh (cộng từ mọi báo cáo)</translation>
    </message>
    <message>
      <source>name printed under the signature</source>
      <translation>họ tên in dưới chữ ký</translation>
    </message>
    <message>
      <source>leave empty to number it by hand</source>
      <translation>để trống để ghi số bằng tay</translation>
    </message>
    <message>
      <source>only for the signed file</source>
      <translation>chỉ cần cho tệp có chữ ký</translation>
    </message>
    <message>
      <source>Signer:</source>
      <translation>Người ký:</translation>
    </message>
    <message>
      <source>Document number:</source>
      <translation>Số văn bản:</translation>
    </message>
    <message>
      <source>Key passphrase:</source>
      <translation>Mật khẩu khóa ký:</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>Xuất PDF…</translation>
    </message>
    <message>
      <source>The consolidated report, ready to print and sign</source>
      <translation>Báo cáo tổng hợp, sẵn sàng in và trình ký</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Xuất Excel…</translation>
    </message>
    <message>
      <source>Six sheets to filter and analyse</source>
      <translation>Sáu trang tính để lọc và phân tích</translation>
    </message>
    <message>
      <source>Export signed consolidated file (.kh14)…</source>
      <translation>Xuất tệp tổng hợp có chữ ký (.kh14)…</translation>
    </message>
    <message>
      <source>Every unit's report in one signed file that the next level imports</source>
      <translation>Báo cáo của mọi đơn vị trong một tệp có chữ ký để cấp trên nhập</translation>
    </message>
    <message>
      <source>Open file</source>
      <translation>Mở tệp</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Mở thư mục</translation>
    </message>
    <message>
      <source>Consolidated report</source>
      <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
      <source>Signed consolidated file</source>
      <translation>Tệp tổng hợp có chữ ký</translation>
    </message>
    <message>
      <source>Type the passphrase of this PC's signing key first: the file is signed with it.</source>
      <translation>Hãy nhập mật khẩu khóa ký của máy này trước: tệp được ký bằng khóa đó.</translation>
    </message>
    <message>
      <source>Export the consolidated report as PDF</source>
      <translation>Xuất báo cáo tổng hợp ra PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Export the consolidated workbook</source>
      <translation>Xuất bảng tính tổng hợp</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export the signed consolidated file</source>
      <translation>Xuất tệp tổng hợp có chữ ký</translation>
    </message>
    <message>
      <source>Report files (*.kh14)</source>
      <translation>Tệp báo cáo (*.kh14)</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>Đang ghi {name}…</translation>
    </message>
    <message>
      <source>The file could not be written because of a fault in the program. No file was left half written and the received reports are unchanged: try again.</source>
      <translation>Không ghi được tệp do lỗi của chương trình. Không có tệp nào bị ghi dở và các báo cáo đã nhận vẫn nguyên vẹn: hãy thử lại.</translation>
    </message>
    <message>
      <source>No report imported yet: import the units' files first (Import page).</source>
      <translation>Chưa nhập báo cáo nào: hãy nhập tệp của các đơn vị trước (trang Nhập báo cáo).</translation>
    </message>
    <message>
      <source>Written: {path} ({count} units' reports).</source>
      <translation>Đã ghi: {path} (báo cáo của {count} đơn vị).</translation>
    </message>
    <message>
      <source>Signed with key {fingerprint}.</source>
      <translation>Ký bằng khóa {fingerprint}.</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <source>Choose files…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Chọn thư mục…</translation>
    </message>
    <message>
      <source>Import one or more .kh14 report files (Ctrl+I)</source>
      <translation>Nhập một hoặc nhiều tệp báo cáo .kh14 (Ctrl+I)</translation>
    </message>
    <message>
      <source>Import every .kh14 file in a folder and its subfolders (Ctrl+Shift+I)</source>
      <translation>Nhập mọi tệp .kh14 trong một thư mục và các thư mục con (Ctrl+Shift+I)</translation>
    </message>
    <message>
      <source>or drop .kh14 files or whole folders anywhere on this window</source>
      <translation>hoặc kéo thả tệp .kh14, cả thư mục, vào bất kỳ chỗ nào của cửa sổ</translation>
    </message>
    <message>
      <source>Drop .kh14 files here, or press Choose files… (Ctrl+I).
Files are checked before anything is written: a damaged, altered or older file changes nothing.</source>
      <translation>Kéo thả tệp .kh14 vào đây, hoặc bấm Chọn tệp… (Ctrl+I).
Tệp được kiểm tra trước khi ghi: tệp hỏng, bị sửa hoặc cũ hơn không làm thay đổi dữ liệu.</translation>
    </message>
    <message>
      <source>Confirm the unit's new key…</source>
      <translation>Xác nhận khóa mới của đơn vị…</translation>
    </message>
    <message>
      <source>Only after the unit confirmed by phone that it lost its old key</source>
      <translation>Chỉ sau khi đơn vị đã xác nhận qua điện thoại là mất khóa cũ</translation>
    </message>
    <message>
      <source>&amp;Trust…</source>
      <translation>&amp;Tin cậy…</translation>
    </message>
    <message>
      <source>Confirm the chosen unit's key by its fingerprint</source>
      <translation>Xác nhận khóa ký của đơn vị đã chọn qua dấu vân tay</translation>
    </message>
    <message>
      <source>For files signed by another key than the unit's: only after the unit confirmed by phone that it lost its old key (a forgotten passphrase)</source>
      <translation>Cho tệp ký bằng khóa khác với khóa của đơn vị: chỉ sau khi đơn vị đã xác nhận qua điện thoại là mất khóa cũ (quên mật khẩu)</translation>
    </message>
    <message>
      <source>Load key list…</source>
      <translation>Nạp danh sách khóa…</translation>
    </message>
    <message>
      <source>Trust the keys of a pre-shared list of public keys (one line per unit)</source>
      <translation>Tin cậy các khóa trong danh sách khóa công khai đã trao đổi trước (mỗi dòng một đơn vị)</translation>
    </message>
    <message>
      <source>A unit's first file waits here until you confirm its key: call the unit, ask them to read out their fingerprint, compare, then press Trust. Once trusted, its waiting files are imported.</source>
      <translation>Tệp đầu tiên của một đơn vị chờ ở đây cho đến khi khóa ký được xác nhận: gọi điện cho đơn vị, đề nghị đọc dấu vân tay, đối chiếu rồi bấm Tin cậy. Sau khi tin cậy, các tệp đang chờ được nhập ngay.</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Kết quả nhập</translation>
    </message>
    <message>
      <source>Keys waiting</source>
      <translation>Khóa chờ xác nhận</translation>
    </message>
    <message>
      <source>Import log</source>
      <translation>Nhật ký nhập</translation>
    </message>
    <message>
      <source>Trusted keys</source>
      <translation>Khóa đã tin cậy</translation>
    </message>
    <message>
      <source>Keys waiting ({count})</source>
      <translation>Khóa chờ xác nhận ({count})</translation>
    </message>
    <message>
      <source>⚠ {count} unit key(s) wait for you to confirm their fingerprint.</source>
      <translation>⚠ {count} khóa ký của đơn vị đang chờ xác nhận dấu vân tay.</translation>
    </message>
    <message>
      <source>⚠ {count} possibly forged file group(s) are kept apart.</source>
      <translation>⚠ {count} nhóm tệp nghi giả mạo đang được giữ riêng.</translation>
    </message>
    <message>
      <source>See them</source>
      <translation>Xem</translation>
    </message>
  </context>
  <context>
    <name>ImportResultModel</name>
    <message>
      <source>Failed check: {check}</source>
      <translation>Không đạt bước kiểm tra: {check}</translation>
    </message>
    <message>
      <source> (member “{member}”)</source>
      <translation> (thành phần “{member}”)</translation>
    </message>
    <message>
      <source>Key fingerprint: {fp}</source>
      <translation>Dấu vân tay khóa: {fp}</translation>
    </message>
  </context>
  <context>
    <name>MatrixModel</name>
    <message>
      <source>Click for the unit's report</source>
      <translation>Bấm để xem báo cáo của đơn vị</translation>
    </message>
  </context>
  <context>
    <name>MatrixPage</name>
    <message>
      <source>Search units (accents optional)…</source>
      <translation>Tìm đơn vị (gõ có dấu hoặc không)…</translation>
    </message>
    <message>
      <source>All units</source>
      <translation>Tất cả đơn vị</translation>
    </message>
    <message>
      <source>Departments</source>
      <translation>Các sở, ban, ngành</translation>
    </message>
    <message>
      <source>Districts, town, city</source>
      <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
      <source>Other bodies</source>
      <translation>Cơ quan khác</translation>
    </message>
    <message>
      <source>All tasks</source>
      <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
      <source>Part II: contents</source>
      <translation>Phần II: nội dung</translation>
    </message>
    <message>
      <source>Part IV: duties</source>
      <translation>Phần IV: tổ chức thực hiện</translation>
    </message>
    <message>
      <source>Click a cell to read what the unit reported on that task.</source>
      <translation>Bấm vào một ô để xem đơn vị đã báo cáo gì về nhiệm vụ đó.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{lead}&lt;/b&gt; lead · &lt;i&gt;{cooperating}&lt;/i&gt; cooperating</source>
      <translation>&lt;b&gt;{lead}&lt;/b&gt; chủ trì · &lt;i&gt;{cooperating}&lt;/i&gt; phối hợp</translation>
    </message>
    <message>
      <source>{units} units × {tasks} tasks</source>
      <translation>{units} đơn vị × {tasks} nhiệm vụ</translation>
    </message>
  </context>
  <context>
    <name>ReplaceKeyDialog</name>
    <message>
      <source>Confirm the new key of {unit}</source>
      <translation>Xác nhận khóa mới của {unit}</translation>
    </message>
    <message>
      <source>&lt;b&gt;⚠ These files are signed by another key than the one you trust for this unit: they may be forged.&lt;/b&gt; Confirm the new key only if you called the unit (at the number you know, not one given in an email or a file), it confirmed that it lost its old key (a forgotten passphrase), and it read out its new fingerprint to you. The old key is then retired for good: files signed with it are refused from now on.</source>
      <translation>&lt;b&gt;⚠ Các tệp này được ký bằng khóa khác với khóa đang tin cậy của đơn vị: có thể là giả mạo.&lt;/b&gt; Chỉ xác nhận khóa mới khi đã gọi điện cho đơn vị (theo số điện thoại đã biết, không dùng số ghi trong thư điện tử hay trong tệp), đơn vị xác nhận đã mất khóa cũ (quên mật khẩu) và đọc dấu vân tay mới cho bạn. Khi đó khóa cũ bị thu hồi hẳn: từ nay tệp ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
      <source>{count} file(s) wait for this key: {names}</source>
      <translation>{count} tệp đang chờ khóa này: {names}</translation>
    </message>
    <message>
      <source>the 8 groups the unit reads out</source>
      <translation>8 nhóm ký tự đơn vị đọc</translation>
    </message>
    <message>
      <source>The unit confirmed by phone that it lost its old key</source>
      <translation>Đơn vị đã xác nhận qua điện thoại là mất khóa cũ</translation>
    </message>
    <message>
      <source>Trusted key now (to be retired):</source>
      <translation>Khóa đang tin cậy (sẽ bị thu hồi):</translation>
    </message>
    <message>
      <source>What the unit reads out:</source>
      <translation>Đơn vị đọc:</translation>
    </message>
    <message>
      <source>Replace the unit's key</source>
      <translation>Thay khóa của đơn vị</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>New key of the unit, as the files carry it:</source>
      <translation>Khóa mới của đơn vị, theo các tệp nhận được:</translation>
    </message>
    <message>
      <source>Type the 8 groups as the unit reads them out.</source>
      <translation>Gõ 8 nhóm ký tự theo lời đơn vị đọc.</translation>
    </message>
  </context>
  <context>
    <name>ReportingStatusModel</name>
    <message>
      <source>The day the unit signed its report (Vietnam time): on time or late is judged by it</source>
      <translation>Ngày đơn vị ký báo cáo (giờ Việt Nam): căn cứ để xác định đúng hạn hay muộn</translation>
    </message>
    <message>
      <source>Signed on {date} at {time} (Vietnam time)</source>
      <translation>Ký ngày {date} lúc {time} (giờ Việt Nam)</translation>
    </message>
  </context>
  <context>
    <name>SetAsideDialog</name>
    <message>
      <source>Set aside the report of {unit}</source>
      <translation>Gỡ bỏ báo cáo của {unit}</translation>
    </message>
    <message>
      <source>The report number {sequence} of {unit} will no longer be counted in the status and the consolidated outputs. It is kept, with your reason, in the import log; the unit's next genuine report takes its place.</source>
      <translation>Báo cáo số thứ tự {sequence} của {unit} sẽ không còn được tính trong tình hình báo cáo và báo cáo tổng hợp. Báo cáo vẫn được lưu, kèm lý do của anh/chị trong nhật ký nhập; báo cáo thật tiếp theo của đơn vị sẽ được nhập thay.</translation>
    </message>
    <message>
      <source>Reason, e.g. signed by a key the unit does not know</source>
      <translation>Lý do, ví dụ: ký bằng khóa mà đơn vị không biết</translation>
    </message>
    <message>
      <source>Also stop trusting the key it rests on</source>
      <translation>Gỡ tin cậy luôn khóa đã ký hoặc bảo lãnh báo cáo này</translation>
    </message>
    <message>
      <source>The key that signed the report, or the consolidator that vouched for it: nothing it signs is accepted any more, and every report it brought is set aside too.</source>
      <translation>Khóa đã ký báo cáo, hoặc khóa tổng hợp đã bảo lãnh báo cáo: mọi tệp khóa đó ký sẽ không được nhận nữa, và mọi báo cáo do khóa đó mang đến cũng bị gỡ bỏ.</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Gỡ bỏ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Reason (required):</source>
      <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
      <source>Stop trusting key {fingerprint}</source>
      <translation>Gỡ tin cậy khóa {fingerprint}</translation>
    </message>
    <message>
      <source>Key {fingerprint} of {unit} will accept nothing more, and every report it signed or vouched for is set aside. Everything stays, with your reason, in the import log.</source>
      <translation>Khóa {fingerprint} của {unit} sẽ không được nhận thêm tệp nào, và mọi báo cáo do khóa này ký hoặc bảo lãnh đều bị gỡ bỏ. Tất cả vẫn được lưu, kèm lý do của anh/chị, trong nhật ký nhập.</translation>
    </message>
  </context>
  <context>
    <name>StatusPage</name>
    <message>
      <source>Show only these units</source>
      <translation>Chỉ hiện các đơn vị này</translation>
    </message>
    <message>
      <source>clock warnings</source>
      <translation>cảnh báo đồng hồ</translation>
    </message>
    <message>
      <source>Reports whose signed export time and import time cannot both be right</source>
      <translation>Báo cáo có thời điểm ký và thời điểm nhập không thể cùng đúng</translation>
    </message>
    <message>
      <source>Search units (accents optional)…</source>
      <translation>Tìm đơn vị (gõ có dấu hoặc không)…</translation>
    </message>
    <message>
      <source>All units</source>
      <translation>Tất cả đơn vị</translation>
    </message>
    <message>
      <source>⚠ Clock warnings</source>
      <translation>⚠ Cảnh báo đồng hồ</translation>
    </message>
    <message>
      <source>No unit matches. Clear the search box or choose “All units”.</source>
      <translation>Không có đơn vị nào phù hợp. Xóa ô tìm kiếm hoặc chọn “Tất cả đơn vị”.</translation>
    </message>
    <message>
      <source>Set aside the report…</source>
      <translation>Gỡ bỏ báo cáo…</translation>
    </message>
    <message>
      <source>A report accepted wrongly (forged, or vouched for by the wrong admin) stops being counted; the unit's next genuine report takes its place.</source>
      <translation>Báo cáo được nhận nhầm (giả mạo, hoặc do quản trị không đúng bảo lãnh) không còn được tính; báo cáo thật tiếp theo của đơn vị sẽ được nhập thay.</translation>
    </message>
    <message>
      <source>days left until the deadline ({date})</source>
      <translation>ngày nữa đến hạn báo cáo ({date})</translation>
    </message>
    <message>
      <source>days since the deadline ({date})</source>
      <translation>ngày đã qua hạn báo cáo ({date})</translation>
    </message>
    <message>
      <source>{shown} of {total} units</source>
      <translation>{shown}/{total} đơn vị</translation>
    </message>
    <message>
      <source>{total} units</source>
      <translation>{total} đơn vị</translation>
    </message>
    <message>
      <source>Set aside the report</source>
      <translation>Gỡ bỏ báo cáo</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <source>Trust the signing key of {unit}</source>
      <translation>Tin cậy khóa ký của {unit}</translation>
    </message>
    <message>
      <source>Call the unit and ask them to read out the fingerprint shown in their program (Settings › Signing key); press Trust only when all 8 groups match.</source>
      <translation>Gọi điện cho đơn vị, đề nghị đọc dấu vân tay trong phần mềm của họ (Cài đặt › Khóa ký); chỉ bấm Tin cậy khi 8 nhóm ký tự trùng khớp.</translation>
    </message>
    <message>
      <source>These are consolidated files: this key forwards other units' reports. Trust it only if it is the key of the admin of the level below ({unit}); an office never sends consolidated files. Each report inside is still checked against its own unit's key; units with no key here are accepted on this admin's word.</source>
      <translation>Đây là tệp tổng hợp: khóa này chuyển báo cáo của các đơn vị khác. Chỉ tin cậy nếu đó là khóa của quản trị cấp dưới ({unit}); đơn vị báo cáo không bao giờ gửi tệp tổng hợp. Mỗi báo cáo bên trong vẫn được kiểm tra bằng khóa của chính đơn vị đó; đơn vị chưa có khóa ở máy này được nhận theo bảo lãnh của quản trị này.</translation>
    </message>
    <message>
      <source>Trust {unit}'s key as a consolidator</source>
      <translation>Tin cậy khóa của {unit} là khóa tổng hợp</translation>
    </message>
    <message>
      <source>{count} file(s) wait for this key: {names}</source>
      <translation>{count} tệp đang chờ khóa này: {names}</translation>
    </message>
    <message>
      <source>e.g. 3F2A 9C01 … (spaces optional)</source>
      <translation>ví dụ 3F2A 9C01 … (có hoặc không có dấu cách)</translation>
    </message>
    <message>
      <source>What the unit reads out (optional):</source>
      <translation>Đơn vị đọc (không bắt buộc):</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>Tin cậy</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Leave empty if you compare by eye.</source>
      <translation>Để trống nếu đối chiếu bằng mắt.</translation>
    </message>
    <message>
      <source>✓ All 8 groups match.</source>
      <translation>✓ Cả 8 nhóm ký tự trùng khớp.</translation>
    </message>
    <message>
      <source>✗ Group {group} does not match. Do not trust this key: ask the unit again.</source>
      <translation>✗ Nhóm {group} không khớp. Không tin cậy khóa này: hãy hỏi lại đơn vị.</translation>
    </message>
    <message>
      <source>So far so good: {count} of 8 groups typed.</source>
      <translation>Đến đây vẫn khớp: đã gõ {count}/8 nhóm.</translation>
    </message>
  </context>
  <context>
    <name>TrustedKeysModel</name>
    <message>
      <source>Trusted as</source>
      <translation>Tin cậy là</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>consolidator, vouching for: {scope}</source>
      <translation>khóa tổng hợp, bảo lãnh cho: {scope}</translation>
    </message>
    <message>
      <source>the unit's own key</source>
      <translation>khóa của chính đơn vị</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>đang tin cậy</translation>
    </message>
    <message>
      <source>replaced</source>
      <translation>đã được thay</translation>
    </message>
    <message>
      <source>set aside: {reason}</source>
      <translation>đã gỡ tin cậy: {reason}</translation>
    </message>
  </context>
  <context>
    <name>TrustedKeysTab</name>
    <message>
      <source>Stop trusting this key…</source>
      <translation>Gỡ tin cậy khóa này…</translation>
    </message>
    <message>
      <source>Stop trusting a key</source>
      <translation>Gỡ tin cậy khóa</translation>
    </message>
  </context>
  <context>
    <name>WaitingKeysModel</name>
    <message>
      <source>Files waiting</source>
      <translation>Số tệp chờ</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>Việc cần làm</translation>
    </message>
    <message>
      <source>⚠ Signed with a key this unit has replaced: never trusted again</source>
      <translation>⚠ Ký bằng khóa mà đơn vị đã thay: không bao giờ được tin cậy lại</translation>
    </message>
    <message>
      <source>⚠ A unit's key forwarding other units' reports: possibly forged, never trusted for that</source>
      <translation>⚠ Khóa của một đơn vị chuyển báo cáo của đơn vị khác: nghi giả mạo, không bao giờ được tin cậy cho việc đó</translation>
    </message>
    <message>
      <source>⚠ Another key is trusted for this unit: possibly forged, call the unit</source>
      <translation>⚠ Đơn vị đã có khóa tin cậy khác: nghi giả mạo, hãy gọi điện cho đơn vị</translation>
    </message>
    <message>
      <source>Call the unit and compare the fingerprint, then Trust…</source>
      <translation>Gọi điện cho đơn vị, đối chiếu dấu vân tay rồi bấm Tin cậy…</translation>
    </message>
    <message>
      <source>Trusted key of the unit: {fingerprint}</source>
      <translation>Khóa đã tin cậy của đơn vị: {fingerprint}</translation>
    </message>
    <message>
      <source>Only if the unit confirms by phone that it lost that key: Confirm the unit's new key…</source>
      <translation>Chỉ khi đơn vị xác nhận qua điện thoại là đã mất khóa đó: Xác nhận khóa mới của đơn vị…</translation>
    </message>
  </context>
</TS>