"""Messages of who may vouch for whom: consolidators, sequences, reports and keys set aside."""

MESSAGES: dict[str, dict[str, str]] = {
    "import.vouched": {
        "vi": "Đã nhập báo cáo của {unit} ({period}, số thứ tự {sequence}) theo bảo lãnh của"
              " khóa tổng hợp {voucher}: đơn vị chưa có khóa ở máy này. Khi tin cậy khóa của"
              " chính đơn vị, báo cáo của khóa đó sẽ thay báo cáo này.",
        "en": "Imported the report of {unit} ({period}, sequence {sequence}) on the word of"
              " consolidator key {voucher}: the unit has no key here. Once the unit's own key"
              " is trusted, its reports replace this one.",
    },
    "status.vouched": {
        "vi": "{unit}: báo cáo được nhận theo bảo lãnh của khóa tổng hợp {voucher} (đơn vị chưa"
              " có khóa ở máy này). Hãy tin cậy khóa của đơn vị khi có thể.",
        "en": "{unit}: the report was accepted on the word of consolidator key {voucher} (the"
              " unit has no key here). Trust the unit's own key when you can.",
    },
    "status.review_before_v6": {
        "vi": "{unit}: báo cáo được nhận trong tệp tổng hợp, ký bằng khóa không phải khóa đã tin"
              " cậy của đơn vị (trước phiên bản dữ liệu 6). Hãy xem lại; gỡ bỏ nếu không chắc.",
        "en": "{unit}: the report came in a consolidated file, signed with a key that is not"
              " the unit's trusted one (before data version 6). Review it; set it aside if in"
              " doubt.",
    },
    "verify.trust_unit": {
        "vi": "Ở máy này: khóa {fingerprint} là khóa đã tin cậy của {unit}.",
        "en": "Here: key {fingerprint} is {unit}'s trusted key.",
    },
    "verify.trust_unknown": {
        "vi": "Ở máy này: khóa {fingerprint} chưa được tin cậy cho {unit}; khi nhập, tệp sẽ chờ"
              " xác nhận dấu vân tay.",
        "en": "Here: key {fingerprint} is not trusted for {unit}; on import the file waits"
              " for its fingerprint to be confirmed.",
    },
    "verify.trust_vouched": {
        "vi": "Ở máy này: {unit} chưa có khóa; báo cáo sẽ được nhận theo bảo lãnh của khóa"
              " tổng hợp.",
        "en": "Here: {unit} has no key; the report would be accepted on the consolidator's"
              " word.",
    },
    "verify.trust_mismatch": {
        "vi": "CẢNH BÁO ở máy này: {unit} đã có khóa khác ({expected}); báo cáo ký bằng khóa"
              " {fingerprint} sẽ bị từ chối.",
        "en": "WARNING here: {unit} has another key ({expected}); the report signed with key"
              " {fingerprint} would be refused.",
    },
    "verify.trust_consolidator": {
        "vi": "Ở máy này: tệp tổng hợp do {unit} chuyển, ký bằng khóa tổng hợp đã tin cậy"
              " {fingerprint} (bảo lãnh cho: {scope}). Chữ ký ngoài chỉ chứng minh ai chuyển"
              " tệp; mỗi báo cáo bên trong được xét theo khóa của chính đơn vị:",
        "en": "Here: a consolidated file forwarded by {unit}, signed with trusted consolidator"
              " key {fingerprint} (vouching for: {scope}). The outer signature proves only who"
              " forwarded it; each report inside answers to its own unit's key:",
    },
    "verify.trust_unknown_consolidator": {
        "vi": "Ở máy này: khóa {fingerprint} của {unit} chưa được tin cậy là khóa tổng hợp; tệp"
              " sẽ chờ. Từng báo cáo bên trong:",
        "en": "Here: {unit}'s key {fingerprint} is not trusted as a consolidator; the file"
              " would wait. Each report inside:",
    },
    "verify.trust_not_consolidator": {
        "vi": "CẢNH BÁO ở máy này: tệp tổng hợp ký bằng khóa của {holder} ({fingerprint}), khóa"
              " chỉ được ký báo cáo của chính đơn vị đó; tệp sẽ bị từ chối. Từng báo cáo bên"
              " trong:",
        "en": "WARNING here: a consolidated file signed with {holder}'s key ({fingerprint}),"
              " which may only sign that unit's own reports; it would be refused. Each report"
              " inside:",
    },
    "keys.consolidator": {
        "vi": "(khóa tổng hợp)",
        "en": "(consolidator)",
    },
    "import.unknown_consolidator": {
        "vi": "Tệp tổng hợp của {unit} được ký bằng khóa chưa tin cậy (dấu vân tay"
              " {fingerprint}). Chỉ nhận tệp tổng hợp từ khóa đã tin cậy là khóa tổng hợp. Tệp"
              " được giữ lại: gọi điện cho đơn vị tổng hợp, đối chiếu dấu vân tay rồi tin cậy"
              " khóa đó là khóa tổng hợp (lệnh \"kh14 trust … --consolidator\").",
        "en": "{unit}'s consolidated file is signed with a key that is not trusted"
              " (fingerprint {fingerprint}). Consolidated files are accepted only from a key"
              " trusted as a consolidator. The file waits in quarantine: call the consolidating"
              " office, compare the fingerprint, then trust it as a consolidator"
              " (\"kh14 trust … --consolidator\").",
    },
    "import.not_a_consolidator": {
        "vi": "CẢNH BÁO: tệp tổng hợp được ký bằng khóa của {holder} ({fingerprint}), khóa chỉ"
              " được tin cậy để ký báo cáo của chính đơn vị đó, không được bảo lãnh báo cáo của"
              " đơn vị khác. Có thể là giả mạo. Không nhập; tệp được giữ lại để kiểm tra.",
        "en": "WARNING: the consolidated file is signed with {holder}'s key ({fingerprint}),"
              " which is trusted only to sign that unit's own reports, not to vouch for other"
              " units'. It may be forged. Not imported; kept in quarantine.",
    },
    "import.consolidator_retired": {
        "vi": "CẢNH BÁO: tệp tổng hợp được ký bằng khóa tổng hợp đã bị gỡ tin cậy ({fingerprint})."
              " Không nhập; tệp được giữ lại để kiểm tra.",
        "en": "WARNING: the consolidated file is signed with a consolidator key that is no"
              " longer trusted ({fingerprint}). Not imported; kept in quarantine.",
    },
    "import.sequence_leap": {
        "vi": "số thứ tự báo cáo {sequence} vượt quá xa số lớn nhất đã nhận của đơn vị"
              " ({highest}; chỉ nhận tối đa {leap} số sau đó)",
        "en": "report sequence {sequence} leaps too far above the unit's highest one here"
              " ({highest}; at most {leap} above it is accepted)",
    },
    "outcome.revoked": {"vi": "Đã gỡ bỏ", "en": "Set aside"},
    "outcome.review": {"vi": "Cần xem lại", "en": "To review"},
    "trust.unknown_fingerprint": {
        "vi": "Không có khóa nào đang được tin cậy với dấu vân tay {fingerprint}.",
        "en": "No trusted key has fingerprint {fingerprint}.",
    },
    "trust.consolidator_not_recipient": {
        "vi": "Không tin cậy được khóa của {unit} là khóa tổng hợp: chỉ quản trị của {recipient}"
              " (đơn vị nhận báo cáo của kế hoạch, cấp dưới) mới gửi tệp tổng hợp. Một đơn vị"
              " gửi tệp tổng hợp báo cáo của đơn vị khác là dấu hiệu giả mạo.",
        "en": "{unit}'s key cannot be trusted as a consolidator: only the admin of {recipient}"
              " (the plan's recipient, the level below) sends consolidated files. A unit"
              " sending other units' reports in a consolidated file is a sign of forgery.",
    },
    "trust.empty_scope": {
        "vi": "Hãy nêu các đơn vị mà đơn vị tổng hợp được bảo lãnh (--scope), hoặc \"all\".",
        "en": "Name the units the consolidator may vouch for (--scope), or \"all\".",
    },
    "trust.consolidator_done": {
        "vi": "Đã tin cậy khóa {fingerprint} của {unit} là khóa tổng hợp, bảo lãnh cho: {scope}.",
        "en": "Trusted key {fingerprint} of {unit} as a consolidator, vouching for: {scope}.",
    },
    "trust.not_consolidated": {
        "vi": "Tệp đang chờ với dấu vân tay {fingerprint} không phải tệp tổng hợp: hãy tin cậy"
              " khóa này như khóa của đơn vị (bỏ --consolidator).",
        "en": "The file waiting with fingerprint {fingerprint} is not a consolidated file:"
              " trust it as the unit's own key (without --consolidator).",
    },
    "revoke.no_reason": {
        "vi": "Hãy ghi lý do gỡ bỏ (--reason): lý do được lưu vào nhật ký nhập.",
        "en": "Give the reason (--reason): it is kept in the import log.",
    },
    "revoke.nothing": {
        "vi": "{unit} chưa có báo cáo nào được tính cho {period}.",
        "en": "{unit} has no counted report for {period}.",
    },
    "revoke.report_done": {
        "vi": "Đã gỡ bỏ báo cáo của {unit} ({period}, số thứ tự {sequence}). Lý do: {reason}."
              " Báo cáo không còn được tính trong tổng hợp; báo cáo thật tiếp theo của đơn vị sẽ"
              " được nhập thay.",
        "en": "Set aside {unit}'s report ({period}, sequence {sequence}). Reason: {reason}. It is"
              " no longer counted; the unit's next genuine report takes its place.",
    },
    "revoke.key_done": {
        "vi": "Đã gỡ tin cậy khóa {fingerprint}. Lý do: {reason}. Đã gỡ bỏ {count} báo cáo do"
              " khóa này ký hoặc bảo lãnh.",
        "en": "Set aside key {fingerprint}. Reason: {reason}. {count} report(s) it signed or"
              " vouched for were set aside.",
    },
    "help.trust_consolidator": {
        "vi": "tin cậy khóa ký tệp tổng hợp đang chờ là khóa tổng hợp (quản trị cấp dưới): tệp"
              " tổng hợp của khóa này được nhận, mỗi báo cáo bên trong vẫn được kiểm tra bằng"
              " khóa của chính đơn vị",
        "en": "trust the signer of the waiting consolidated file as a consolidator (the admin"
              " of the level below): its consolidated files are accepted, each report inside is"
              " still checked against its own unit's key",
    },
    "help.trust_scope": {
        "vi": "các đơn vị chưa có khóa ở máy này mà đơn vị tổng hợp được bảo lãnh (\"all\": mọi"
              " đơn vị; mặc định: các đơn vị có báo cáo trong tệp đang chờ)",
        "en": "the units with no key here that the consolidator may vouch for (\"all\": every"
              " unit; default: the units with a report in the waiting file)",
    },
    "help.revoke": {
        "vi": "gỡ bỏ báo cáo đang được tính của một đơn vị (nhận nhầm, giả mạo), có ghi lý do",
        "en": "set aside a unit's counted report (accepted wrongly, forged), with a reason",
    },
    "help.revoke_unit": {
        "vi": "đơn vị (mã hoặc tên, gõ không dấu cũng được)",
        "en": "the unit (id or name, diacritics optional)",
    },
    "help.revoke_reason": {
        "vi": "lý do, được lưu vào nhật ký nhập",
        "en": "the reason, kept in the import log",
    },
    "help.untrust": {
        "vi": "gỡ tin cậy một khóa (và gỡ bỏ các báo cáo do khóa đó ký hoặc bảo lãnh),"
              " có ghi lý do",
        "en": "set aside a trusted key (and the reports it signed or vouched for), with a reason",
    },
}
