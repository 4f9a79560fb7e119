/**
 * Korean phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const ko: Lexicon = {
  language: 'ko',
  boilerplate: ['더보기', '광고', '공유', '댓글', '메뉴', '검색', '로그인'],
  boilerplatePrefixes: ['공유하기', '무단전재', '저작권자'],
  tagCues: ['태그', '키워드'],
  relatedCues: ['관련기사', '많이 본 뉴스', '인기기사', '추천기사'],
  sections: ['국제', '정치', '경제', '스포츠', '사회', '문화', '과학', '연예'],
  commentCues: ['댓글', '댓글쓰기', '댓글 달기']
}
