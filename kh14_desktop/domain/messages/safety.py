"""Messages of the safety features: backups, restore, the health check, interrupted work and
the errors of the environment (disk, permissions, vanished files) that any command can meet.

Each message says what happened and what to do; the technical detail goes to the log file.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # backups --------------------------------------------------------------------------------
    "backup.created": {
        "vi": "Đã sao lưu dữ liệu vào {path} ({size}).",
        "en": "The data was backed up to {path} ({size}).",
    },
    "backup.created_complete": {
        "vi": "Bản sao lưu gồm cơ sở dữ liệu, khoá ký và {files} tệp minh chứng; có thể chép"
              " sang máy khác để khôi phục.",
        "en": "The backup holds the database, the signing key and {files} evidence files; it"
              " can be copied to another PC and restored there.",
    },
    "backup.failed": {
        "vi": "Không tạo được bản sao lưu ({detail}). Dữ liệu hiện tại không thay đổi; hãy"
              " giải phóng dung lượng ổ đĩa hoặc chọn thư mục khác rồi thử lại.",
        "en": "The backup could not be written ({detail}). The current data is unchanged; free"
              " some disk space or choose another folder and try again.",
    },
    "backup.before_failed": {
        "vi": "Chưa thực hiện thao tác vì không tạo được bản sao lưu an toàn trước đó ({detail})."
              " Dữ liệu không thay đổi; hãy giải phóng dung lượng ổ đĩa rồi thử lại.",
        "en": "Nothing was done because the safety backup could not be written first ({detail})."
              " The data is unchanged; free some disk space and try again.",
    },
    "backup.not_found": {
        "vi": "Không tìm thấy tệp sao lưu {path}. Hãy kiểm tra lại đường dẫn (danh sách bản sao"
              " lưu: lệnh \"kh14 backups\").",
        "en": "The backup file {path} was not found. Check the path (list the backups with"
              " \"kh14 backups\").",
    },
    "backup.not_a_backup": {
        "vi": "Tệp {path} không phải bản sao lưu KH14. Không khôi phục gì; hãy chọn tệp"
              " kh14-backup-….zip trong thư mục sao lưu.",
        "en": "{path} is not a KH14 backup. Nothing was restored; choose a kh14-backup-….zip"
              " file from the backup folder.",
    },
    "backup.damaged": {
        "vi": "Bản sao lưu {path} bị hỏng ({detail}). Không khôi phục từ tệp này; dữ liệu hiện"
              " tại không thay đổi. Hãy chọn một bản sao lưu khác.",
        "en": "The backup {path} is damaged ({detail}). Nothing was restored from it and the"
              " current data is unchanged. Choose another backup.",
    },
    "backup.newer": {
        "vi": "Bản sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found},"
              " phiên bản này hiểu đến {supported}). Hãy cập nhật KH14 Desktop rồi khôi phục;"
              " dữ liệu hiện tại không thay đổi.",
        "en": "The backup {path} was made by a newer version of the program (schema {found},"
              " this one understands up to {supported}). Update KH14 Desktop, then restore; the"
              " current data is unchanged.",
    },
    "backup.in_use": {
        "vi": "Dữ liệu đang được một cửa sổ hoặc lệnh KH14 khác sử dụng. Hãy đóng mọi cửa sổ"
              " KH14 rồi khôi phục lại; dữ liệu hiện tại không thay đổi.",
        "en": "The data is in use by another KH14 window or command. Close every KH14 window"
              " and restore again; the current data is unchanged.",
    },
    "backup.restored": {
        "vi": "Đã khôi phục dữ liệu từ bản sao lưu lúc {created}. Dữ liệu trước khi khôi phục"
              " được giữ trong {safety}.",
        "en": "The data was restored from the backup of {created}. The data as it was before"
              " the restore is kept in {safety}.",
    },
    "backup.restored_files": {
        "vi": "Đã chép lại {count} tệp minh chứng từ bản sao lưu.",
        "en": "{count} evidence files were copied back from the backup.",
    },
    "backup.restored_missing": {
        "vi": "Cảnh báo: {count} tệp minh chứng mà dữ liệu khôi phục cần không có trong bản sao"
              " lưu cũng như trên máy này. Hãy khôi phục một bản sao lưu đầy đủ (tạo bằng"
              " \"Sao lưu…\" hoặc \"kh14 backup\") hoặc đính kèm lại các tệp đó.",
        "en": "Warning: {count} evidence files the restored data needs are neither in the backup"
              " nor on this PC. Restore a complete backup (made with \"Back up…\" or"
              " \"kh14 backup\") or attach those files again.",
    },
    "backup.restored_keys": {
        "vi": "Đã khôi phục khoá ký từ bản sao lưu (máy này chưa có khoá dùng được).",
        "en": "The signing key was restored from the backup (this PC had no usable key).",
    },
    "backup.kept_exports": {
        "vi": "Giữ lại {count} lần xuất báo cáo làm sau bản sao lưu, để số thứ tự báo cáo không"
              " bị dùng lại.",
        "en": "{count} exports made after the backup were kept, so that report sequence numbers"
              " are never used twice.",
    },
    "backup.confirm": {
        "vi": "Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {created}"
              " ({reason}). Dữ liệu hiện tại được sao lưu trước. Tiếp tục? [c/K] ",
        "en": "Restoring replaces all current data with the backup of {created} ({reason})."
              " The current data is backed up first. Continue? [y/N] ",
    },
    "backup.cancelled": {
        "vi": "Đã huỷ; dữ liệu không thay đổi.",
        "en": "Cancelled; the data is unchanged.",
    },
    "backup.summary": {
        "vi": "Bản sao lưu lúc {created} ({reason}), phiên bản {version}: {activities} hoạt"
              " động, {reports} báo cáo đã nhận, {files} tệp tham chiếu ({included} tệp nằm"
              " trong bản sao lưu).",
        "en": "Backup of {created} ({reason}), version {version}: {activities} activities,"
              " {reports} received reports, {files} referenced files ({included} inside the"
              " backup).",
    },
    "backup.none": {
        "vi": "Chưa có bản sao lưu nào trong {folder}.",
        "en": "There are no backups in {folder} yet.",
    },
    "backup.folder": {
        "vi": "Thư mục sao lưu: {folder}",
        "en": "Backup folder: {folder}",
    },
    "backup.reason.manual": {"vi": "sao lưu thủ công", "en": "manual backup"},
    "backup.reason.daily": {"vi": "đầu ngày làm việc", "en": "start of the day"},
    "backup.reason.import": {"vi": "trước khi nhập báo cáo", "en": "before an import"},
    "backup.reason.export": {"vi": "trước khi xuất báo cáo", "en": "before an export"},
    "backup.reason.migration": {"vi": "trước khi nâng cấp dữ liệu",
                                "en": "before a data upgrade"},
    "backup.reason.before-restore": {"vi": "trước khi khôi phục", "en": "before a restore"},
    "backup.reason.other": {"vi": "sao lưu", "en": "backup"},
    "head.backup_reason": {"vi": "Loại", "en": "Kind"},
    "head.size": {"vi": "Dung lượng", "en": "Size"},
    # the health check -----------------------------------------------------------------------
    "health.ok": {
        "vi": "Dữ liệu nguyên vẹn: cơ sở dữ liệu, {files} tệp lưu trữ và khoá ký đều tốt.",
        "en": "The data is intact: the database, {files} stored files and the signing key are"
              " all fine.",
    },
    "health.database_damaged": {
        "vi": "Cơ sở dữ liệu bị hỏng ({detail}). Hãy khôi phục bản sao lưu tốt gần nhất.",
        "en": "The database is damaged ({detail}). Restore the latest good backup.",
    },
    "health.restore_hint": {
        "vi": "Bản sao lưu tốt gần nhất: {path} (lúc {created}). Khôi phục bằng lệnh:"
              " kh14 restore \"{path}\"",
        "en": "Latest good backup: {path} (from {created}). Restore it with:"
              " kh14 restore \"{path}\"",
    },
    "health.no_good_backup": {
        "vi": "Không tìm thấy bản sao lưu dùng được trong {folder}. Đừng xoá thư mục dữ liệu;"
              " hãy liên hệ bộ phận kỹ thuật và gửi kèm tệp nhật ký trong {logs}.",
        "en": "No usable backup was found in {folder}. Do not delete the data folder; contact"
              " technical support and send the log files in {logs}.",
    },
    "health.evidence_missing": {
        "vi": "Tệp minh chứng \"{name}\" của hoạt động số {activity} đã bị mất khỏi kho lưu trữ."
              " Hãy khôi phục tệp từ một bản sao lưu đầy đủ hoặc đính kèm lại.",
        "en": "The evidence file \"{name}\" of activity {activity} is missing from the store."
              " Recover it from a complete backup or attach it again.",
    },
    "health.evidence_altered": {
        "vi": "Tệp minh chứng \"{name}\" của hoạt động số {activity} đã bị thay đổi trên đĩa."
              " Hãy khôi phục tệp từ một bản sao lưu đầy đủ hoặc đính kèm lại.",
        "en": "The evidence file \"{name}\" of activity {activity} was changed on disk. Recover"
              " it from a complete backup or attach it again.",
    },
    "health.report_file_missing": {
        "vi": "Tệp báo cáo đã nhận \"{name}\" của {unit} bị mất hoặc bị thay đổi trong kho lưu"
              " trữ. Hãy khôi phục từ một bản sao lưu đầy đủ hoặc nhập lại tệp đó.",
        "en": "The received report file \"{name}\" of {unit} is missing or changed in the store."
              " Recover it from a complete backup or import that file again.",
    },
    "health.key_damaged": {
        "vi": "Khoá ký trong {folder} bị hỏng ({detail}). Hãy khôi phục bản sao lưu đầy đủ có"
              " khoá, hoặc tạo khoá mới và báo dấu vân tay mới cho Sở Thông tin và Truyền thông.",
        "en": "The signing key in {folder} is damaged ({detail}). Restore a complete backup that"
              " holds the key, or create a new key and tell the province its fingerprint.",
    },
    "health.key_missing": {
        "vi": "Chưa có khoá ký nên chưa xuất được báo cáo. Hãy tạo khoá (lệnh \"kh14 key"
              " create\" hoặc trong cửa sổ thiết lập).",
        "en": "There is no signing key yet, so no report can be exported. Create one"
              " (\"kh14 key create\" or in the setup window).",
    },
    "health.disk_low": {
        "vi": "Ổ đĩa chứa dữ liệu chỉ còn trống {free}. Hãy giải phóng dung lượng để việc lưu"
              " và sao lưu không bị gián đoạn.",
        "en": "Only {free} is free on the disk holding the data. Free some space so that saving"
              " and backups are not interrupted.",
    },
    "health.export_unfinished": {
        "vi": "Lần xuất báo cáo số {sequence} chưa chép xong tệp {path} (ổ đĩa hoặc USB không"
              " có mặt?). Hãy cắm lại ổ đó rồi mở lại phần mềm để hoàn tất.",
        "en": "Export number {sequence} has not finished writing {path} (is the disk or USB"
              " stick missing?). Plug it back in and start the program again to finish it.",
    },
    "health.foreign_keys": {
        "vi": "Cơ sở dữ liệu có {count} liên kết hỏng (bảng {table}). Hãy khôi phục bản sao lưu"
              " tốt gần nhất.",
        "en": "The database has {count} broken links (table {table}). Restore the latest good"
              " backup.",
    },
    "health.checked": {
        "vi": "Đã kiểm tra cơ sở dữ liệu ({mode}) và {files} tệp lưu trữ.",
        "en": "Checked the database ({mode}) and {files} stored files.",
    },
    # work left unfinished by an interruption ------------------------------------------------
    "export.finished_late": {
        "vi": "Đã hoàn tất lần xuất báo cáo bị gián đoạn trước đó: {path}",
        "en": "An export that was interrupted earlier has been finished: {path}",
    },
    "export.unfinished": {
        "vi": "Báo cáo số {sequence} đã được ghi nhận nhưng chưa chép được vào {path} ({detail})."
              " Hãy kiểm tra ổ đĩa hoặc USB; phần mềm sẽ tự chép lại khi mở lần sau.",
        "en": "Report number {sequence} was recorded but could not be written to {path}"
              " ({detail}). Check the disk or USB stick; the program finishes it at next start.",
    },
    # the commands -----------------------------------------------------------------------------
    "help.backup": {
        "vi": "Sao lưu đầy đủ: cơ sở dữ liệu, khoá ký và mọi tệp minh chứng, vào một tệp .zip",
        "en": "Complete backup: the database, the signing key and every evidence file, in one"
              " .zip file",
    },
    "help.backup_out": {
        "vi": "Nơi ghi tệp sao lưu (tệp hoặc thư mục, ví dụ ổ USB); mặc định: thư mục sao lưu",
        "en": "Where to write the backup (a file or a folder, e.g. a USB stick); default: the"
              " backup folder",
    },
    "help.backups": {
        "vi": "Liệt kê các bản sao lưu trong thư mục sao lưu",
        "en": "List the backups in the backup folder",
    },
    "help.restore": {
        "vi": "Khôi phục dữ liệu từ một bản sao lưu (kiểm tra trước; dữ liệu hiện tại được"
              " sao lưu lại)",
        "en": "Restore the data from a backup (checked first; the current data is backed up)",
    },
    "help.restore_file": {
        "vi": "Tệp sao lưu, hoặc tên tệp như lệnh \"kh14 backups\" liệt kê",
        "en": "The backup file, or its name as \"kh14 backups\" lists it",
    },
    "help.yes": {
        "vi": "Không hỏi lại trước khi khôi phục",
        "en": "Do not ask before restoring",
    },
    "help.check": {
        "vi": "Kiểm tra dữ liệu: cơ sở dữ liệu, tệp minh chứng, khoá ký, dung lượng ổ đĩa",
        "en": "Check the data: the database, evidence files, the signing key, free disk space",
    },
    "help.check_full": {
        "vi": "Kiểm tra kỹ toàn bộ cơ sở dữ liệu (integrity_check, chậm hơn)",
        "en": "Check the whole database thoroughly (integrity_check, slower)",
    },
    # errors of the environment, for any command -------------------------------------------
    "cli.warning": {"vi": "Cảnh báo: {message}", "en": "Warning: {message}"},
    "cli.interrupted": {
        "vi": "Đã dừng theo yêu cầu (Ctrl+C). Những gì đã lưu vẫn còn nguyên; thao tác đang dở"
              " không được ghi.",
        "en": "Stopped on request (Ctrl+C). What was saved is intact; the unfinished action was"
              " not recorded.",
    },
    "file.disk_full": {
        "vi": "Ổ đĩa đã đầy khi ghi {path}. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã"
              " lưu vẫn còn nguyên.",
        "en": "The disk filled up while writing {path}. Free some space and try again; saved"
              " data is intact.",
    },
    "file.no_permission": {
        "vi": "Không có quyền đọc hoặc ghi {path} (thư mục chỉ đọc, USB khoá ghi, hoặc tệp đang"
              " mở trong chương trình khác). Hãy chọn nơi khác hoặc đóng chương trình kia rồi"
              " thử lại.",
        "en": "No permission to read or write {path} (a read-only folder, a write-protected USB"
              " stick, or the file is open in another program). Choose another place or close"
              " the other program and try again.",
    },
    "file.vanished": {
        "vi": "Không tìm thấy {path} (tệp hoặc ổ USB đã bị rút ra?). Hãy kiểm tra rồi thử lại.",
        "en": "{path} was not found (was the file or USB stick removed?). Check and try again.",
    },
    "file.io_error": {
        "vi": "Lỗi đọc/ghi {path} ({detail}). Hãy kiểm tra ổ đĩa hoặc USB rồi thử lại; chi tiết"
              " đã ghi vào {log}.",
        "en": "Error reading or writing {path} ({detail}). Check the disk or USB stick and try"
              " again; details were written to {log}.",
    },
    "file.out_of_memory": {
        "vi": "Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác rồi thử lại.",
        "en": "The PC ran out of memory for this. Close other programs and try again.",
    },
}
