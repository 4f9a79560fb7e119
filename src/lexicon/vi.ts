/**
 * Vietnamese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Vietnamese phrase pack (`language: 'vi'`): all in lower case. */
export const vi: Lexicon = {
  language: 'vi',
  // (Sites place the tone mark both ways: "hóa" and "hoá", "khỏe" and "khoẻ".)
  // (Not the words of two syllables that open headlines, "chia sẻ", "đăng ký", "tài trợ", "bản tin",
  // nor "giới thiệu": a phrase with a space is also looked for at the start of a headline, a longer one inside it.)
  boilerplate: ['chia sẻ bài viết', 'bình luận', 'xem thêm', 'đọc thêm', 'đọc tiếp', 'menu', 'tìm kiếm', 'đăng nhập', 'đăng ký nhận tin', 'chính sách bảo mật', 'điều khoản sử dụng', 'liên hệ', 'liên hệ quảng cáo', 'bài tiếp theo', 'bài trước', 'bài viết tiếp theo', 'bài viết trước', 'quảng cáo', 'nội dung tài trợ', 'trang chủ', 'về đầu trang', 'lên đầu trang'],
  boilerplatePrefixes: ['chia sẻ lên ', 'chia sẻ qua ', 'theo dõi chúng tôi trên ', 'bản quyền thuộc về', 'bản quyền ©', 'chúng tôi sử dụng cookie', 'trang web này sử dụng cookie', 'đăng ký nhận bản tin', 'xem thêm:', 'đọc thêm:', 'tin liên quan:', 'nhấn vào đây', 'bấm vào đây'],
  tagCues: ['tags', 'từ khóa', 'từ khoá', 'chủ đề', 'thẻ'],
  relatedCues: ['tin liên quan', 'bài liên quan', 'bài viết liên quan', 'tin tức liên quan', 'tin cùng chuyên mục', 'cùng chuyên mục', 'xem thêm', 'đọc thêm', 'đọc nhiều', 'đọc nhiều nhất', 'tin đọc nhiều', 'xem nhiều', 'xem nhiều nhất', 'tin mới', 'tin mới nhất', 'mới nhất', 'bài viết mới', 'bài viết mới nhất', 'tin nổi bật', 'nổi bật', 'có thể bạn quan tâm', 'bạn có thể quan tâm', 'tin khác', 'các tin khác', 'đề xuất'],
  sections: ['thời sự', 'thế giới', 'chính trị', 'kinh tế', 'kinh doanh', 'tài chính', 'thể thao', 'bóng đá', 'văn hóa', 'văn hoá', 'giải trí', 'khoa học', 'công nghệ', 'sức khỏe', 'sức khoẻ', 'giáo dục', 'pháp luật', 'đời sống', 'du lịch', 'xe', 'ý kiến', 'bạn đọc', 'xã hội', 'trong nước', 'quốc tế', 'tin tức', 'video'],
  // (Not "bình luận" or "trả lời": a comment cue with a space opens the comments as a line start, and "Trả lời phỏng vấn, …" is a sentence.)
  commentCues: ['ý kiến bạn đọc', 'gửi bình luận', 'viết bình luận', 'để lại bình luận', 'để lại một bình luận'],
  endCues: ['nguồn tham khảo', 'tài liệu tham khảo', 'về tác giả'],
  sourceCues: ['nguồn tham khảo', 'tài liệu tham khảo'],
  forwardCues: ['dưới đây', 'sau đây', 'như sau', 'hãy cùng', 'cùng xem'],
  // "Thứ hai, 30/11/2026, 08:15 (GMT+7)", "ngày 30 tháng 11 năm 2026": the words of a weekday and a date, each one.
  dateWords: ['thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', 'cn', 'tháng', 'ngày', 'giờ', 'sáng', 'chiều', 'cập', 'đăng']
}
