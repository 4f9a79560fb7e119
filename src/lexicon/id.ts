/**
 * Indonesian phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Indonesian phrase pack (`language: 'id'`): all in lower case. */
export const id: Lexicon = {
  language: 'id',
  boilerplate: ['bagikan', 'bagikan artikel ini', 'komentar', 'baca selengkapnya', 'selengkapnya', 'baca juga', 'menu', 'cari', 'pencarian', 'masuk', 'daftar', 'berlangganan', 'langganan', 'buletin', 'kebijakan privasi', 'syarat dan ketentuan', 'ketentuan layanan', 'pedoman media siber', 'kontak', 'hubungi kami', 'tentang kami', 'redaksi', 'susunan redaksi', 'info iklan', 'peta situs', 'artikel selanjutnya', 'artikel sebelumnya', 'berita selanjutnya', 'berita sebelumnya', 'iklan', 'konten bersponsor', 'disponsori', 'beranda', 'kembali ke atas', 'tutup iklan', 'cetak'],
  boilerplatePrefixes: ['bagikan ke ', 'bagikan di ', 'ikuti kami di ', 'hak cipta ©', 'hak cipta dilindungi undang-undang', 'kami menggunakan cookie', 'situs ini menggunakan cookie', 'berlangganan newsletter', 'baca juga:', 'baca juga :', 'simak juga:', 'lihat juga:', 'klik di sini', 'klik disini'],
  tagCues: ['tag', 'tags', 'topik', 'topik terkait', 'kata kunci'],
  relatedCues: ['berita terkait', 'artikel terkait', 'baca juga', 'simak juga', 'lihat juga', 'terpopuler', 'berita terpopuler', 'paling populer', 'populer', 'paling banyak dibaca', 'terbaru', 'berita terbaru', 'artikel terbaru', 'terkini', 'berita terkini', 'rekomendasi', 'rekomendasi untuk anda', 'pilihan redaksi', 'berita lainnya', 'artikel lainnya', 'anda mungkin juga suka', 'mungkin anda suka', 'postingan terbaru'],
  sections: ['berita', 'nasional', 'internasional', 'dunia', 'daerah', 'regional', 'politik', 'ekonomi', 'bisnis', 'keuangan', 'olahraga', 'sepak bola', 'budaya', 'hiburan', 'sains', 'teknologi', 'tekno', 'kesehatan', 'opini', 'gaya hidup', 'otomotif', 'pendidikan', 'hukum', 'metro', 'wisata', 'kuliner', 'video', 'foto'],
  commentCues: ['komentar', 'tinggalkan komentar', 'tulis komentar', 'kirim komentar', 'tinggalkan balasan', 'balasan'],
  authorCues: ['tentang'],
  endCues: ['referensi', 'daftar pustaka', 'tentang penulis'],
  sourceCues: ['referensi', 'daftar pustaka'],
  forwardCues: ['berikut', 'berikut ini', 'di bawah ini', 'inilah', 'simak'],
  // "Selasa, 30 Nov 2026 08:15 WIB".
  dateWords: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'okt', 'nov', 'des', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'jum\'at', 'sabtu', 'minggu', 'wib', 'wita', 'wit', 'diperbarui', 'dipublikasikan', 'diterbitkan']
}
