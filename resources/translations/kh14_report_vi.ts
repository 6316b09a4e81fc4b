<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>DonePage</name>
    <message>
      <source>The office is set up</source>
      <translation>Đã thiết lập xong</translation>
    </message>
    <message>
      <source>The fingerprint of this office's signing key — the Department may ask you to read it out:</source>
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
    <name>ExportDialog</name>
    <message>
      <source>The export stopped because of a fault in the program. Nothing was recorded and no report file was left half written: try again.</source>
      <translation>Việc xuất báo cáo bị dừng do lỗi của chương trình. Chưa có gì được ghi nhận và không có tệp báo cáo nào bị ghi dở: hãy thử lại.</translation>
    </message>
    <message>
      <source>Export the signed report</source>
      <translation>Xuất báo cáo có chữ ký số</translation>
    </message>
    <message>
      <source>The report states each task's status and result as recorded now, and the activities dated within the period. It is signed with this office's key.</source>
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
      <source>The secret half of the key never leaves this PC and is locked with the passphrase. The Department recognises this office's reports by the fingerprint; the public key file can be handed over on a USB stick as well.</source>
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
      <source>&amp;Forgot the passphrase…</source>
      <translation>&amp;Quên mật khẩu…</translation>
    </message>
    <message>
      <source>Make a new key without the old passphrase; the Department confirms it by phone</source>
      <translation>Tạo khóa mới khi không còn mật khẩu cũ; Sở xác nhận khóa mới qua điện thoại</translation>
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
      <source>The public key could not be saved because of a fault in the program. Try again, in another folder if need be.</source>
      <translation>Không lưu được khóa công khai do lỗi của chương trình. Hãy thử lại, nếu cần thì lưu vào thư mục khác.</translation>
    </message>
    <message>
      <source>The key could not be written because of a fault in the program. The key as it was is still in use: try again.</source>
      <translation>Không ghi được khóa do lỗi của chương trình. Khóa đang dùng vẫn được giữ nguyên: hãy thử lại.</translation>
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
    <message>
      <source>A new key replaces the one whose passphrase was forgotten. Call the Department and read out the new fingerprint before sending a report.</source>
      <translation>Khóa mới đã thay khóa bị quên mật khẩu. Hãy gọi điện cho Sở và đọc dấu vân tay mới trước khi gửi báo cáo.</translation>
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
    <name>LostKeyPage</name>
    <message>
      <source>A forgotten passphrase cannot be recovered, and without it the current key can no longer sign. The program can make a new key instead:&lt;ul&gt;&lt;li&gt;the current key is &lt;b&gt;discarded for good&lt;/b&gt;: it can never sign again, even if the passphrase comes back to mind;&lt;/li&gt;&lt;li&gt;reports already sent stay valid;&lt;/li&gt;&lt;li&gt;the Department does not know the new key yet. &lt;b&gt;Call the Department of Information and Communications and read out the new fingerprint&lt;/b&gt; (8 groups) &lt;b&gt;before sending a report&lt;/b&gt;: until they confirm it, they keep this office's reports apart.&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>Mật khẩu đã quên thì không lấy lại được, và không có mật khẩu thì khóa hiện tại không ký được nữa. Chương trình có thể tạo một khóa mới thay thế:&lt;ul&gt;&lt;li&gt;khóa hiện tại &lt;b&gt;bị hủy hẳn&lt;/b&gt;: không bao giờ ký được nữa, kể cả khi nhớ lại mật khẩu;&lt;/li&gt;&lt;li&gt;các báo cáo đã gửi vẫn có giá trị;&lt;/li&gt;&lt;li&gt;Sở chưa biết khóa mới. &lt;b&gt;Hãy gọi điện cho Sở Thông tin và Truyền thông và đọc dấu vân tay mới&lt;/b&gt; (8 nhóm) &lt;b&gt;trước khi gửi báo cáo&lt;/b&gt;: khi Sở chưa xác nhận, báo cáo của đơn vị sẽ bị để riêng.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <source>I understand: the current key is discarded, and I will call the Department</source>
      <translation>Tôi hiểu: khóa hiện tại sẽ bị hủy, và tôi sẽ gọi điện cho Sở</translation>
    </message>
    <message>
      <source>&amp;Make a new key</source>
      <translation>&amp;Tạo khóa mới</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Forgot the passphrase</source>
      <translation>Quên mật khẩu</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Mật khẩu mới:</translation>
    </message>
    <message>
      <source>Tick the box first: the current key will be discarded.</source>
      <translation>Hãy đánh dấu ô xác nhận trước: khóa hiện tại sẽ bị hủy.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Cài đặt</translation>
    </message>
  </context>
  <context>
    <name>NewKeyPage</name>
    <message>
      <source>&lt;b&gt;Call the Department of Information and Communications now&lt;/b&gt; and read out these 8 groups, one line at a time. Send a report only after they have confirmed them: until then the Department keeps this office's reports apart.</source>
      <translation>&lt;b&gt;Hãy gọi điện ngay cho Sở Thông tin và Truyền thông&lt;/b&gt; và đọc 8 nhóm ký tự này, từng dòng một. Chỉ gửi báo cáo sau khi Sở đã xác nhận: trước đó, Sở sẽ để riêng báo cáo của đơn vị.</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Xong</translation>
    </message>
    <message>
      <source>The new key is made</source>
      <translation>Đã tạo khóa mới</translation>
    </message>
    <message>
      <source>New fingerprint:</source>
      <translation>Dấu vân tay mới:</translation>
    </message>
    <message>
      <source>The old key ({fingerprint}) is no longer used.</source>
      <translation>Khóa cũ ({fingerprint}) không còn được dùng.</translation>
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
      <source>⚠ This PC has no signing key yet, so a signed report cannot be exported. &lt;a href='key'&gt;Make the signing key&lt;/a&gt;.</source>
      <translation>⚠ Máy này chưa có khóa ký nên chưa xuất được báo cáo có chữ ký. &lt;a href='key'&gt;Tạo khóa ký&lt;/a&gt;.</translation>
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
      <source>Choose a range of days within the plan's year.</source>
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
    <name>VerifyDialog</name>
    <message>
      <source>Check report files</source>
      <translation>Kiểm tra tệp báo cáo</translation>
    </message>
    <message>
      <source>No file yet: click “Add files…” and choose the .kh14 files to check (from the USB stick or an email's attachments).</source>
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
      <source>Checking stopped because of a fault in the program; the files were not changed. Try again.</source>
      <translation>Việc kiểm tra bị dừng do lỗi của chương trình; các tệp không bị thay đổi. Hãy thử lại.</translation>
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
      <source>(this PC's key)</source>
      <translation>(khóa của máy này)</translation>
    </message>
  </context>
</TS>