"""Messages of the export: periods, the report data, exporting and the office's key."""

MESSAGES: dict[str, dict[str, str]] = {
    "period.bad": {
        "vi": "Kỳ báo cáo \"{value}\" không hợp lệ. Dùng: year (cả năm), q1…q4 (quý), h1"
              " (6 tháng), m9 (9 tháng) hoặc NGÀY_ĐẦU..NGÀY_CUỐI, ví dụ 2024-01-01..2024-06-30.",
        "en": "Report period \"{value}\" is not valid. Use: year, q1…q4, h1 (6 months),"
              " m9 (9 months) or START..END, e.g. 2024-01-01..2024-06-30.",
    },
    "period.reversed": {
        "vi": "Ngày đầu kỳ {start} sau ngày cuối kỳ {end}.",
        "en": "The period starts ({start}) after it ends ({end}).",
    },
    "period.outside": {
        "vi": "Kỳ báo cáo phải nằm trong thời gian của kế hoạch ({start} – {end}).",
        "en": "The report period must lie within the plan's period ({start} – {end}).",
    },
    "report.data_invalid": {
        "vi": "Dữ liệu báo cáo (report.json) không hợp lệ tại {path}: {reason}",
        "en": "The report data (report.json) is invalid at {path}: {reason}",
    },
    "report.not_json": {
        "vi": "không phải JSON hợp lệ ({detail})",
        "en": "not valid JSON ({detail})",
    },
    "report.wrong_schema": {
        "vi": "không phải dữ liệu báo cáo KH14 (cần \"{expected}\")",
        "en": "not KH14 report data (expected \"{expected}\")",
    },
    "report.newer_schema": {
        "vi": "được tạo bởi phiên bản mới hơn (lược đồ {version}, phiên bản này đọc được đến"
              " {supported}); hãy cập nhật phần mềm",
        "en": "written by a newer version (schema {version}, this one reads up to"
              " {supported}); update the program",
    },
    "report.totals_mismatch": {
        "vi": "số liệu tổng của nhiệm vụ {code} không bằng tổng các hoạt động",
        "en": "the totals of task {code} do not equal the sum of its activities",
    },
}

MESSAGES.update({
    "export.no_folder": {
        "vi": "Thư mục \"{folder}\" không tồn tại. Hãy chọn thư mục khác (ví dụ ổ USB).",
        "en": "The folder \"{folder}\" does not exist. Choose another one (e.g. the USB stick).",
    },
    "export.step.unlock": {"vi": "Mở khóa ký…", "en": "Unlocking the signing key…"},
    "export.step.gather": {"vi": "Tập hợp số liệu, minh chứng…",
                           "en": "Gathering records and evidence…"},
    "export.step.pdf": {"vi": "Tạo bản PDF…", "en": "Rendering the PDF…"},
    "export.step.sign": {"vi": "Ký và đóng gói…", "en": "Signing and packing…"},
    "export.step.record": {"vi": "Ghi sổ xuất báo cáo…", "en": "Recording the export…"},
    "export.step.done": {"vi": "Xong.", "en": "Done."},
    "export.done": {
        "vi": "Đã xuất báo cáo số thứ tự {sequence} ({period}): {path}\n"
              "Dấu vân tay khóa ký: {fingerprint}",
        "en": "Exported report number {sequence} ({period}): {path}\n"
              "Key fingerprint: {fingerprint}",
    },
    "export.out_missing": {
        "vi": "Hãy cho biết tệp cần ghi: --out TỆP.kh14 (hoặc --draft TỆP.pdf cho bản dự thảo).",
        "en": "Say which file to write: --out FILE.kh14 (or --draft FILE.pdf for a draft).",
    },
    "export.pdf_done": {"vi": "Đã lưu bản PDF: {path}", "en": "PDF saved: {path}"},
    "export.draft_done": {"vi": "Đã lưu bản dự thảo PDF: {path}", "en": "Draft PDF saved: {path}"},
    "export.passphrase_prompt": {"vi": "Mật khẩu khóa ký: ", "en": "Signing key passphrase: "},
    "export.passphrase_needed": {
        "vi": "Cần mật khẩu khóa ký: đặt biến môi trường KH14_PASSPHRASE hoặc chạy trong cửa sổ"
              " dòng lệnh để nhập.",
        "en": "The signing key passphrase is needed: set KH14_PASSPHRASE or run in a terminal"
              " to type it.",
    },
    "key.new_passphrase_prompt": {
        "vi": "Đặt mật khẩu khóa ký (ít nhất 6 ký tự, cần nhập mỗi lần xuất báo cáo): ",
        "en": "Choose a signing key passphrase (at least 6 characters, asked at every export): ",
    },
    "key.repeat_prompt": {"vi": "Nhập lại mật khẩu: ", "en": "Repeat the passphrase: "},
    "key.passphrases_differ": {
        "vi": "Hai lần nhập mật khẩu không giống nhau; chưa có gì thay đổi.",
        "en": "The two passphrases differ; nothing was changed.",
    },
    "key.created": {
        "vi": "Đã tạo khóa ký của đơn vị. Dấu vân tay (đọc cho Sở khi được hỏi): {fingerprint}",
        "en": "The office's signing key was created. Fingerprint (read it out when asked):"
              " {fingerprint}",
    },
    "key.not_yet": {
        "vi": "Chưa tạo khóa ký (cần để xuất báo cáo). Tạo bằng: kh14 key create",
        "en": "No signing key yet (needed to export). Create one with: kh14 key create",
    },
    "key.shown": {
        "vi": "Dấu vân tay khóa ký: {fingerprint}\nMã khóa minisign: {key_id}\nTạo lúc: {created}",
        "en": "Key fingerprint: {fingerprint}\nminisign key id: {key_id}\nCreated: {created}",
    },
    "key.exported": {
        "vi": "Đã ghi khóa công khai (định dạng minisign): {path}",
        "en": "Public key written (minisign format): {path}",
    },
    "key.rotated": {
        "vi": "Đã thay khóa ký. Dấu vân tay mới: {fingerprint}. Báo cáo xuất lần tới sẽ mang"
              " xác nhận thay khóa, ký bằng khóa cũ.",
        "en": "The key was replaced. New fingerprint: {fingerprint}. The next exported report"
              " carries the change, signed with the old key.",
    },
    "key.replaced_lost": {
        "vi": "Đã tạo khóa ký mới thay khóa cũ (không còn mật khẩu). Dấu vân tay mới:"
              " {fingerprint}. Hãy gọi điện cho Sở, đọc dấu vân tay mới để Sở xác nhận trước"
              " khi gửi báo cáo.",
        "en": "A new signing key replaces the lost one. New fingerprint: {fingerprint}. Call the"
              " Department and read it out so they confirm it before you send a report.",
    },
    "help.key_replace_lost": {
        "vi": "tạo khóa ký mới khi quên mật khẩu khóa cũ (Sở phải xác nhận lại qua điện thoại)",
        "en": "make a new key when the old passphrase is forgotten (the Department confirms it"
              " by phone)",
    },
    "verify.report_data_count": {
        "vi": "tệp phải có đúng một phần dữ liệu báo cáo, ở đây có {count}",
        "en": "the file must hold exactly one report data member, it holds {count}",
    },
    "verify.inner_bad": {
        "vi": "báo cáo đơn vị bên trong ({member}) không hợp lệ:",
        "en": "the office report inside ({member}) is not genuine:",
    },
    "verify.report_mismatch": {
        "vi": "dữ liệu báo cáo ghi đơn vị hoặc kế hoạch khác với phần kê khai đã ký",
        "en": "the report data names another unit or plan than the signed manifest",
    },
    "verify.genuine": {
        "vi": "HỢP LỆ — {file}\n  Đơn vị: {unit}\n  Kế hoạch: {plan}\n  Kỳ báo cáo: {period}\n"
              "  Số thứ tự: {sequence}\n  Xuất lúc: {created}\n"
              "  Dấu vân tay khóa ký: {fingerprint}",
        "en": "GENUINE — {file}\n  Unit: {unit}\n  Plan: {plan}\n  Period: {period}\n"
              "  Sequence: {sequence}\n  Exported: {created}\n  Key fingerprint: {fingerprint}",
    },
    "verify.rejected": {
        "vi": "KHÔNG HỢP LỆ — {file}\n  {reason}",
        "en": "NOT GENUINE — {file}\n  {reason}",
    },
    "verify.note_trust": {
        "vi": "Lưu ý: chữ ký khớp với khóa ghi trong tệp. Hãy so dấu vân tay với dấu vân tay đơn vị"
              " đã đọc cho Sở.",
        "en": "Note: the signature matches the key the file names. Compare the fingerprint with"
              " the one the office read out.",
    },
    # CLI help
    "help.export": {
        "vi": "xuất báo cáo có chữ ký số (.kh14) và bản PDF",
        "en": "export the signed report (.kh14) and its PDF",
    },
    "help.period": {
        "vi": "kỳ báo cáo: year (mặc định), q1…q4, h1, m9 hoặc 2024-01-01..2024-06-30",
        "en": "report period: year (default), q1…q4, h1, m9 or 2024-01-01..2024-06-30",
    },
    "help.out": {"vi": "tệp .kh14 cần ghi", "en": "the .kh14 file to write"},
    "help.pdf": {"vi": "ghi thêm bản PDF ra tệp này", "en": "also write the PDF to this file"},
    "help.draft": {
        "vi": "chỉ lưu bản PDF dự thảo (không ký) ra tệp này",
        "en": "only save an unsigned draft PDF to this file",
    },
    "help.number": {"vi": "số, ký hiệu văn bản, ví dụ 45/BC-UBND",
                    "en": "document number, e.g. 45/BC-UBND"},
    "help.signer": {"vi": "họ tên người ký", "en": "signer's full name"},
    "help.authority": {
        "vi": "thẩm quyền ký, mỗi dòng một lần, ví dụ --authority \"TM. ỦY BAN NHÂN DÂN\""
              " --authority \"CHỦ TỊCH\"",
        "en": "signing authority, one line per option",
    },
    "help.doc_date": {"vi": "ngày của văn bản (mặc định hôm nay)",
                      "en": "document date (default today)"},
    "help.verify": {
        "vi": "kiểm tra tệp báo cáo: cấu trúc, mã băm từng phần và chữ ký",
        "en": "check report files: structure, every member's hash and the signature",
    },
    "help.files_verify": {"vi": "các tệp .kh14", "en": ".kh14 files"},
    "help.key": {"vi": "khóa ký của đơn vị", "en": "the office's signing key"},
    "help.key_show": {"vi": "xem dấu vân tay khóa ký", "en": "show the key's fingerprint"},
    "help.key_create": {"vi": "tạo khóa ký (nếu chưa có)", "en": "create the signing key"},
    "help.key_export": {
        "vi": "ghi khóa công khai ra tệp (định dạng minisign)",
        "en": "write the public key to a file (minisign format)",
    },
    "help.key_rotate": {
        "vi": "thay khóa ký mới; báo cáo tới mang xác nhận ký bằng khóa cũ",
        "en": "replace the key; the next report carries the change signed by the old key",
    },
})
