/**
 * Korean phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Korean phrase pack (`language: 'ko'`): all in lower case. */
export const ko: Lexicon = {
  language: 'ko',
  boilerplate: ['더보기', '광고', '공유', '댓글', '메뉴', '검색', '로그인', '인쇄', '기사공유', '이전기사', '다음기사', '구독',
    // The footer's legal links and site map, an advertiser's label.
    '개인정보처리방침', '개인정보취급방침', '이용약관', '청소년보호정책', '이메일무단수집거부', '회사소개', '사이트맵'],
  boilerplatePrefixes: ['공유하기', '무단전재', '저작권자', 'copyright', 'ⓒ', '©', '기자 ='],
  tagCues: ['태그', '키워드', '관련 태그'],
  relatedCues: ['관련기사', '관련 기사', '많이 본 뉴스', '많이 본 기사', '인기기사', '인기 기사', '추천기사', '추천 기사', '최신기사', '최신 기사', '주요뉴스', '이 시각 주요뉴스', '함께 볼만한 뉴스'],
  sections: ['국제', '정치', '경제', '스포츠', '사회', '문화', '과학', '연예', '산업', 'it', '생활', '오피니언', '전국', '세계'],
  commentCues: ['댓글', '댓글쓰기', '댓글 달기']
}
