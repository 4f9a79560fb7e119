/**
 * Turkish phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/**
 * The Turkish phrase pack (`language: 'tr'`): all in lower case. (The
 * registry adds the forms that `toLowerCase()` makes of capitals:
 * "İletişim" → "i̇letişim", see `index.ts`.)
 */
export const tr: Lexicon = {
  language: 'tr',
  boilerplate: ['paylaş', 'paylaşın', 'yorumlar', 'yorum yap', 'devamını oku', 'haberin devamı', 'menü', 'ara', 'arama', 'giriş yap', 'üye ol', 'kayıt ol', 'abone ol', 'bülten', 'e-bülten', 'gizlilik politikası', 'gizlilik sözleşmesi', 'çerez politikası', 'kullanım koşulları', 'kullanım şartları', 'iletişim', 'bize ulaşın', 'hakkımızda', 'künye', 'kvkk', 'site haritası', 'sonraki haber', 'önceki haber', 'sonraki yazı', 'önceki yazı', 'reklam', 'sponsorlu', 'sponsorlu içerik', 'yazdır', 'ana sayfa', 'anasayfa', 'başa dön', 'facebook\'ta paylaş', 'twitter\'da paylaş', 'whatsapp\'ta paylaş'],
  boilerplatePrefixes: ['bizi takip edin', 'bizi takip et', 'tüm hakları saklıdır', 'her hakkı saklıdır', 'bütün hakları saklıdır', 'sitemizde çerezler', 'bu sitede çerezler', 'bu web sitesi çerez', 'çerezleri kabul et', 'bültenimize abone olun', 'e-bültene abone ol', 'ayrıca okuyun:', 'bunu da okuyun:', 'ilgili haber:', 'buraya tıklayın'],
  tagCues: ['etiketler', 'etiket', 'anahtar kelimeler', 'konular', 'ilgili konular'],
  relatedCues: ['ilgili haberler', 'benzer haberler', 'ilgili yazılar', 'benzer yazılar', 'ilgili içerikler', 'en çok okunanlar', 'en çok okunan', 'en çok okunan haberler', 'çok okunanlar', 'en çok izlenenler', 'en popüler', 'popüler haberler', 'son haberler', 'son dakika', 'son yazılar', 'öne çıkanlar', 'diğer haberler', 'ilginizi çekebilir', 'bunlar da ilginizi çekebilir', 'önerilen', 'önerilen haberler', 'sizin için seçtiklerimiz', 'editörün seçimi', 'gündemdekiler'],
  sections: ['gündem', 'dünya', 'türkiye', 'yerel', 'siyaset', 'politika', 'ekonomi', 'finans', 'spor', 'futbol', 'kültür', 'sanat', 'kültür-sanat', 'kültür sanat', 'bilim', 'teknoloji', 'bilim-teknoloji', 'sağlık', 'yaşam', 'magazin', 'eğitim', 'yazarlar', 'görüş', 'otomobil', 'seyahat', 'video', 'foto galeri', 'haberler'],
  // (Not "yorum yap": a comment cue with a space opens the comments as a line start, and "Yorum yapmak istemedi" is a sentence.)
  commentCues: ['yorumlar', 'yorum yapın', 'yorumunuzu yazın', 'bir yanıt yazın', 'yanıtlar'],
  endCues: ['kaynaklar', 'kaynakça', 'yazar hakkında', 'bu makale hakkında'],
  sourceCues: ['kaynaklar', 'kaynakça'],
  forwardCues: ['aşağıda', 'aşağıdaki', 'işte', 'şunlar', 'şöyle'],
  dateWords: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık', 'oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'güncelleme', 'güncellenme', 'yayınlanma', 'tsi']
}
