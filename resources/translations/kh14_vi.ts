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
    <name>DonePage</name>
    <message>
        <source>The office is set up</source>
        <translation>Đã thiết lập xong</translation>
    </message>
    <message>
        <source>The fingerprint of this office&apos;s signing key — the Department may ask you to read it out:</source>
        <translation>Dấu vân tay khóa ký của đơn vị — Sở có thể đề nghị đọc dấu vân tay này để đối chiếu:</translation>
    </message>
    <message>
        <source>It is shown again under Settings › Signing key. Keep the passphrase where the people who export the report can find it, and nobody else.</source>
        <translation>Có thể xem lại trong Cài đặt › Khóa ký. Hãy cất mật khẩu ở nơi chỉ những người xuất báo cáo biết.</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <source>Save the draft PDF as</source>
        <translation>Lưu bản PDF dự thảo</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>The export stopped because of a fault in the program: {detail}. Nothing was recorded; try again or tell your IT support.</source>
        <translation>Xuất báo cáo bị dừng do lỗi của chương trình: {detail}. Chưa có gì được ghi sổ; hãy thử lại hoặc báo cán bộ tin học.</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>Xuất báo cáo có chữ ký số</translation>
    </message>
    <message>
        <source>The report states each task&apos;s status and result as recorded now, and the activities dated within the period. It is signed with this office&apos;s key.</source>
        <translation>Báo cáo ghi tình trạng và kết quả hiện tại của từng nhiệm vụ, cùng các hoạt động có ngày trong kỳ báo cáo, và được ký bằng khóa ký của đơn vị.</translation>
    </message>
    <message>
        <source>Save a &amp;draft PDF…</source>
        <translation>Lưu &amp;bản PDF dự thảo…</translation>
    </message>
    <message>
        <source>An unsigned PDF marked DRAFT, to read over first; no passphrase needed</source>
        <translation>Bản PDF chưa ký, có dấu DỰ THẢO, để đọc soát trước; không cần mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất báo cáo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the signed report as</source>
        <translation>Lưu tệp báo cáo có chữ ký</translation>
    </message>
    <message>
        <source>Choose where to save the report file.</source>
        <translation>Hãy chọn nơi lưu tệp báo cáo.</translation>
    </message>
    <message>
        <source>Type the signing key passphrase.</source>
        <translation>Hãy nhập mật khẩu khóa ký.</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
    <message>
        <source>Draft saved: {name}</source>
        <translation>Đã lưu bản dự thảo: {name}</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>e.g. 45/BC-{symbol}; empty: written by hand</source>
        <translation>ví dụ 45/BC-{symbol}; để trống: ghi số bằng tay</translation>
    </message>
    <message>
        <source>Left empty, the document shows “Số:      /BC-{symbol}” so that the number can be written by hand when the document is registered.</source>
        <translation>Để trống thì văn bản in “Số:      /BC-{symbol}”, để ghi số bằng tay khi vào sổ văn bản đi.</translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>One line of the signature block per part, separated by “ / ”</source>
        <translation>Mỗi dòng của phần thẩm quyền ký, cách nhau bằng “ / ”</translation>
    </message>
    <message>
        <source>One recipient per line; the dashes are added on the document</source>
        <translation>Mỗi nơi nhận một dòng; dấu gạch đầu dòng được thêm khi in</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Also save the &amp;PDF beside it (to print for signing)</source>
        <translation>Lưu thêm bản &amp;PDF cạnh tệp (để in trình ký)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>N&amp;gười ký:</translation>
    </message>
    <message>
        <source>Signing au&amp;thority:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>General di&amp;fficulties:</source>
        <translation>Khó khăn, &amp;vướng mắc chung:</translation>
    </message>
    <message>
        <source>General pr&amp;oposals:</source>
        <translation>Đề xuất, kiến ng&amp;hị chung:</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Mật khẩu khóa ký:</translation>
    </message>
    <message>
        <source>File and signature</source>
        <translation>Tệp và chữ ký</translation>
    </message>
    <message>
        <source>A file of this name exists and will be replaced.</source>
        <translation>Đã có tệp trùng tên; tệp đó sẽ bị thay bằng tệp mới.</translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất lúc</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa ký</translation>
    </message>
    <message>
        <source>{name}
{size}, SHA-256 {sha}</source>
        <translation>{name}
{size}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Người ký: {name}</translation>
    </message>
</context>
<context>
    <name>ExportResultView</name>
    <message>
        <source>Key fingerprint — read it out to the Department when asked:</source>
        <translation>Dấu vân tay khóa ký — đọc cho Sở khi được hỏi:</translation>
    </message>
    <message>
        <source>Next: print the PDF for the head of office to sign and stamp; send the .kh14 file to the Department of Information and Communications by USB stick or email. The file must not be changed: any change makes the signature invalid.</source>
        <translation>Tiếp theo: in bản PDF trình lãnh đạo ký, đóng dấu; gửi tệp .kh14 cho Sở Thông tin và Truyền thông qua USB hoặc thư điện tử. Không sửa tệp: mọi thay đổi đều làm chữ ký mất hiệu lực.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dung lượng:</translation>
    </message>
    <message>
        <source>Sequence number:</source>
        <translation>Số thứ tự:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation>Bản PDF:</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Mở &amp;PDF</translation>
    </message>
    <message>
        <source>Open the containing &amp;folder</source>
        <translation>Mở &amp;thư mục chứa tệp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>✔ The signed report was exported</source>
        <translation>✔ Đã xuất báo cáo có chữ ký số</translation>
    </message>
    <message>
        <source>not saved beside the file (the .kh14 file carries it)</source>
        <translation>không lưu riêng (bản PDF nằm trong tệp .kh14)</translation>
    </message>
    <message>
        <source>No PDF was saved beside the file</source>
        <translation>Không lưu bản PDF cạnh tệp</translation>
    </message>
</context>
<context>
    <name>FiguresForm</name>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Enter the figures of this activity only; the task&apos;s totals are summed from its activities.</source>
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
    <name>KeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Fingerprint — read it out to the Department when asked:</source>
        <translation>Dấu vân tay — đọc cho Sở khi được hỏi:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Tạo lúc:</translation>
    </message>
    <message>
        <source>Key id (minisign):</source>
        <translation>Mã khóa (minisign):</translation>
    </message>
    <message>
        <source>The secret half of the key never leaves this PC and is locked with the passphrase. The Department recognises this office&apos;s reports by the fingerprint; the public key file can be handed over on a USB stick as well.</source>
        <translation>Phần bí mật của khóa chỉ nằm trên máy này và được khóa bằng mật khẩu. Sở nhận biết báo cáo của đơn vị nhờ dấu vân tay; cũng có thể chép tệp khóa công khai vào USB để gửi Sở.</translation>
    </message>
    <message>
        <source>&amp;Save the public key…</source>
        <translation>&amp;Lưu khóa công khai…</translation>
    </message>
    <message>
        <source>&amp;Replace the key…</source>
        <translation>&amp;Thay khóa…</translation>
    </message>
    <message>
        <source>&amp;Make a key…</source>
        <translation>&amp;Tạo khóa…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>This PC has no signing key yet. A key is needed to export a signed report: make one now.</source>
        <translation>Máy này chưa có khóa ký. Cần có khóa ký để xuất báo cáo có chữ ký số: hãy tạo khóa ngay.</translation>
    </message>
    <message>
        <source>The key was replaced: the next exported report carries the change, signed with the old key.</source>
        <translation>Khóa đã được thay: báo cáo xuất lần tới sẽ mang xác nhận thay khóa, ký bằng khóa cũ.</translation>
    </message>
    <message>
        <source>This office signs its reports with this key.</source>
        <translation>Đơn vị ký các báo cáo bằng khóa này.</translation>
    </message>
    <message>
        <source>Save the public key as</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Khóa công khai minisign (*.pub)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>Public key saved: {path}</source>
        <translation>Đã lưu khóa công khai: {path}</translation>
    </message>
    <message>
        <source>Make the signing key</source>
        <translation>Tạo khóa ký</translation>
    </message>
    <message>
        <source>&amp;Make the key</source>
        <translation>&amp;Tạo khóa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>The key was made. Read its fingerprint to the Department when asked.</source>
        <translation>Đã tạo khóa ký. Đọc dấu vân tay cho Sở khi được hỏi.</translation>
    </message>
    <message>
        <source>Replace the signing key</source>
        <translation>Thay khóa ký</translation>
    </message>
    <message>
        <source>A new key replaces the current one, for example when the passphrase may have become known. The next exported report carries the change, signed with the old key, so that the Department can trust the new key; tell the Department its new fingerprint as well. From then on, the new passphrase is asked for.</source>
        <translation>Khóa mới thay cho khóa đang dùng, ví dụ khi nghi mật khẩu đã bị lộ. Báo cáo xuất lần tới sẽ mang xác nhận thay khóa, ký bằng khóa cũ, để Sở tin khóa mới; hãy báo thêm cho Sở dấu vân tay mới. Từ đó, chương trình hỏi mật khẩu mới.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;Replace the key</source>
        <translation>&amp;Thay khóa</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The key was replaced. New fingerprint: {fingerprint}. The next exported report carries the change, signed with the old key.</source>
        <translation>Đã thay khóa ký. Dấu vân tay mới: {fingerprint}. Báo cáo xuất lần tới sẽ mang xác nhận thay khóa, ký bằng khóa cũ.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Signing key passphrase</source>
        <translation>Mật khẩu khóa ký</translation>
    </message>
    <message>
        <source>Every report this office exports is signed, so that the Department knows it comes from this office unchanged.</source>
        <translation>Mỗi báo cáo đơn vị xuất ra đều được ký số, để Sở biết báo cáo đúng là của đơn vị và không bị sửa.</translation>
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
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>The passphrase needs at least {minimum} characters.</source>
        <translation>Mật khẩu cần ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Hai lần nhập mật khẩu chưa giống nhau.</translation>
    </message>
    <message>
        <source>Too short: at least {minimum} characters.</source>
        <translation>Quá ngắn: cần ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
        <source>Weak: usable, but longer is safer (a few words, a number).</source>
        <translation>Yếu: dùng được, nhưng dài hơn thì an toàn hơn (vài từ, thêm chữ số).</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Trung bình.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <source>Strength: {verdict}</source>
        <translation>Độ mạnh: {verdict}</translation>
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
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Hiện hoặc ẩn mật khẩu</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>PassphraseHelp</name>
    <message>
        <source>The report files of this office are signed with a key kept on this PC. The key is locked with a passphrase, like the PIN of a digital signature token: the program asks for it at every export. Choose at least {minimum} characters that the people who export will remember. It cannot be recovered: if it is forgotten, a new key must be made and the Department of Information and Communications told of its fingerprint.</source>
        <translation>Tệp báo cáo của đơn vị được ký bằng một khóa lưu trên máy này. Khóa được bảo vệ bằng mật khẩu, giống mã PIN của token chữ ký số: chương trình hỏi mật khẩu mỗi lần xuất báo cáo. Hãy chọn ít nhất {minimum} ký tự mà người xuất báo cáo nhớ được. Mật khẩu không thể khôi phục: nếu quên, phải tạo khóa mới và báo Sở Thông tin và Truyền thông dấu vân tay của khóa mới.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Another range of days…</source>
        <translation>Khoảng thời gian khác…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Which plan does this office report on?</source>
        <translation>Đơn vị báo cáo theo kế hoạch nào?</translation>
    </message>
    <message>
        <source>The plan lists the tasks of every unit and the report deadline. You can add next year&apos;s plan later.</source>
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
    <name>ReportActions</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Export the signed report…</source>
        <translation>&amp;Xuất báo cáo có chữ ký…</translation>
    </message>
    <message>
        <source>Save a &amp;draft PDF…</source>
        <translation>Lưu bản PDF &amp;dự thảo…</translation>
    </message>
    <message>
        <source>&amp;Check report files…</source>
        <translation>&amp;Kiểm tra tệp báo cáo…</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>&amp;Khóa ký…</translation>
    </message>
    <message>
        <source>Draft PDF saved: {name}</source>
        <translation>Đã lưu bản PDF dự thảo: {name}</translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
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
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>KH14 report files (*.kh14)</source>
        <translation>Tệp báo cáo KH14 (*.kh14)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Export the signed report…</source>
        <translation>Xuất báo cáo có chữ ký…</translation>
    </message>
    <message>
        <source>The .kh14 file for the Department and the PDF to sign (Ctrl+E)</source>
        <translation>Tệp .kh14 gửi Sở và bản PDF để trình ký (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save a draft PDF…</source>
        <translation>Lưu bản PDF dự thảo…</translation>
    </message>
    <message>
        <source>An unsigned PDF marked DRAFT, to read over before exporting (Ctrl+Shift+E)</source>
        <translation>Bản PDF chưa ký, có dấu DỰ THẢO, để đọc soát trước khi xuất (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Check report files…</source>
        <translation>Kiểm tra tệp báo cáo…</translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation>Khóa ký…</translation>
    </message>
    <message>
        <source>⚠ This PC has no signing key yet, so a signed report cannot be exported. &lt;a href=&apos;key&apos;&gt;Make the signing key&lt;/a&gt;.</source>
        <translation>⚠ Máy này chưa có khóa ký nên chưa xuất được báo cáo có chữ ký. &lt;a href=&apos;key&apos;&gt;Tạo khóa ký&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Click a task code to open the task</source>
        <translation>Bấm vào mã nhiệm vụ để mở nhiệm vụ</translation>
    </message>
    <message>
        <source>No figures recorded in this period yet.</source>
        <translation>Chưa có số liệu nào trong kỳ.</translation>
    </message>
    <message>
        <source>What the report will say</source>
        <translation>Báo cáo sẽ gồm</translation>
    </message>
    <message>
        <source>Nothing exported yet. When the tasks have their results, click “Export the signed report…” (Ctrl+E): it writes the .kh14 file to send to the Department and the PDF for the head of office to sign.</source>
        <translation>Chưa xuất báo cáo nào. Khi các nhiệm vụ đã có kết quả, bấm “Xuất báo cáo có chữ ký…” (Ctrl+E): chương trình tạo tệp .kh14 để gửi Sở và bản PDF để trình lãnh đạo ký.</translation>
    </message>
    <message>
        <source>Reports exported ({count})</source>
        <translation>Các lần đã xuất báo cáo ({count})</translation>
    </message>
    <message>
        <source>Choose a range of days within the plan&apos;s year.</source>
        <translation>Hãy chọn khoảng thời gian nằm trong năm của kế hoạch.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{tasks}&lt;/b&gt; tasks — {counts}&lt;br&gt;&lt;b&gt;{activities}&lt;/b&gt; activities dated in the period, &lt;b&gt;{files}&lt;/b&gt; evidence files</source>
        <translation>&lt;b&gt;{tasks}&lt;/b&gt; nhiệm vụ — {counts}&lt;br&gt;&lt;b&gt;{activities}&lt;/b&gt; hoạt động trong kỳ, &lt;b&gt;{files}&lt;/b&gt; tệp minh chứng</translation>
    </message>
    <message>
        <source>{count} evidence file(s) of this period are missing or altered: the export will stop until they are fixed (see the Activities page).</source>
        <translation>{count} tệp minh chứng trong kỳ bị thiếu hoặc đã thay đổi: chưa xuất được báo cáo cho đến khi sửa (xem trang Hoạt động).</translation>
    </message>
    <message>
        <source>Not started ({count}): {tasks} — record what was done, or mark “Did not arise”.</source>
        <translation>Chưa triển khai ({count}): {tasks} — hãy ghi kết quả, hoặc đánh dấu “Không phát sinh”.</translation>
    </message>
    <message>
        <source>No result written ({count}): {tasks}</source>
        <translation>Chưa ghi kết quả ({count}): {tasks}</translation>
    </message>
    <message>
        <source>No activity in this period ({count}): {tasks}</source>
        <translation>Chưa có hoạt động trong kỳ ({count}): {tasks}</translation>
    </message>
    <message>
        <source>Every task has its result: the report is ready to export.</source>
        <translation>Mọi nhiệm vụ đã có kết quả: có thể xuất báo cáo.</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
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
        <source>The plan says “Đề nghị”: the Provincial People&apos;s Committee requests this of a body outside its authority.</source>
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
        <source>{shown} of {total} tasks shown</source>
        <translation>Đang hiện {shown}/{total} nhiệm vụ</translation>
    </message>
    <message>
        <source>No task matches. Clear the search box or choose “All” in the filters.</source>
        <translation>Không có nhiệm vụ nào khớp. Hãy xóa ô tìm kiếm hoặc chọn “Mọi…” ở bộ lọc.</translation>
    </message>
    <message>
        <source>The plan assigns no task to this unit. If your office took part in an open clause (“các cơ quan, đơn vị có liên quan”), you can report it in the report&apos;s general section.</source>
        <translation>Kế hoạch không giao nhiệm vụ nào cho đơn vị này. Nếu đơn vị có tham gia với tư cách “các cơ quan, đơn vị có liên quan”, hãy báo cáo ở phần chung của báo cáo.</translation>
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
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Check report files</source>
        <translation>Kiểm tra tệp báo cáo</translation>
    </message>
    <message>
        <source>No file yet: click “Add files…” and choose the .kh14 files to check (from the USB stick or an email&apos;s attachments).</source>
        <translation>Chưa có tệp nào: bấm “Thêm tệp…” rồi chọn các tệp .kh14 cần kiểm tra (trên USB hoặc tệp đính kèm thư điện tử).</translation>
    </message>
    <message>
        <source>“Genuine” means the file is exactly what its key signed. Compare the fingerprint with the one the office read out before trusting the key.</source>
        <translation>“Hợp lệ” nghĩa là tệp đúng như khi được ký bằng khóa ghi trong tệp. Hãy so dấu vân tay với dấu vân tay đơn vị đã đọc cho Sở trước khi tin khóa.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Choose report files to check</source>
        <translation>Chọn tệp báo cáo cần kiểm tra</translation>
    </message>
    <message>
        <source>The files could not be checked</source>
        <translation>Không kiểm tra được các tệp</translation>
    </message>
    <message>
        <source>{unit} · {period} · sequence number {sequence} · exported {created}</source>
        <translation>{unit} · {period} · số thứ tự {sequence} · xuất lúc {created}</translation>
    </message>
</context>
<context>
    <name>VerifyResultModel</name>
    <message>
        <source>✔ Genuine</source>
        <translation>✔ Hợp lệ</translation>
    </message>
    <message>
        <source>✘ Not genuine</source>
        <translation>✘ Không hợp lệ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất lúc</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa ký</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>(this PC&apos;s key)</source>
        <translation>(khóa của máy này)</translation>
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
