import {describe, expect, test} from 'vitest'
import {lexicons, lexiconsFor} from '../src/lexicon/index.js'
import {cleanup} from '../src/index.js'
import type {CleanResult} from '../src/index.js'

/** A page of the parts of an article in one language, every line a paragraph of its own (as a scraper's text nodes). */
interface Page {
  /** Menu lines before the headline. */
  menu: string[]
  headline: string
  /** The article's paragraphs (invented). */
  body: string[]
  /** Lines after the article: a share row, a "read also" line. */
  after: string[]
  tagCue: string
  tags: string[]
  relatedCue: string
  related: string[]
  /** The footer's lines. */
  footer: string[]
}

function textOf(page: Page): string {
  return [...page.menu, page.headline, ...page.body, ...page.after, page.tagCue, ...page.tags, page.relatedCue, ...page.related, ...page.footer].join('\n\n')
}

/** The rule that removed a line (entries may hold a run of lines). */
function ruleOf(result: CleanResult, line: string): string | undefined {
  return result.removed.find((d) => d.text.split('\n').includes(line))?.rule
}

/** Check the result of a page: its language, its text, tags and related headlines, and why its template went. */
function expectPage(page: Page, language: string, options?: {language?: string}) {
  const result = cleanup(textOf(page), options)
  expect(result.language).toBe(language)
  expect(result.paragraphs).toEqual(page.body)
  expect(result.tags).toEqual(page.tags)
  expect(result.related.map((d) => d.title)).toEqual(page.related)
  for (const line of [...page.menu, page.after[0], ...page.footer]) expect([line, ruleOf(result, line)]).toEqual([line, 'boilerplate-phrase'])
  expect(ruleOf(result, page.tagCue)).toBe('tag-cue')
  expect(ruleOf(result, page.relatedCue)).toBe('related-cue')
  return result
}

describe('phrase packs', () => {
  test('every phrase is in lower case and composed (NFC), as the text it is compared with', () => {
    for (const pack of Object.values(lexicons)) {
      for (const [field, list] of Object.entries(pack)) {
        if (!Array.isArray(list)) continue
        for (const phrase of list as string[]) {
          expect([pack.language, field, phrase]).toEqual([pack.language, field, phrase.toLowerCase().normalize('NFC')])
        }
      }
    }
  })

  test('every heading of a list of sources ends the article too', () => {
    for (const pack of Object.values(lexicons)) {
      for (const cue of pack.sourceCues || []) expect([pack.language, cue, (pack.endCues || []).includes(cue)]).toEqual([pack.language, cue, true])
    }
  })

  test('a document in a language without a pack gets English; Malay gets the Indonesian pack', () => {
    expect(lexiconsFor('fi').map((d) => d.language)).toEqual(['en'])
    expect(lexiconsFor('constructor').map((d) => d.language)).toEqual(['en'])
    expect(lexiconsFor('ms').map((d) => d.language)).toEqual(['id', 'en'])
    expect(lexiconsFor('id').map((d) => d.language)).toEqual(['id', 'en'])
  })

  test('Arabic', () => {
    expectPage(
      {
        menu: ['الرئيسية', 'بحث', 'تسجيل الدخول'],
        headline: 'العبارة المسائية تواصل رحلاتها إلى الجزر هذا الشتاء',
        body: [
          'قرر مجلس الميناء يوم الثلاثاء أن تواصل العبارة المسائية رحلاتها إلى الجزر خلال فصل الشتاء، بعد أن طالب البحارة ومدارس الجزر بذلك لعدة أشهر.',
          'وكان المجلس قد خطط لوقف الرحلات في شهر نوفمبر من أجل توفير المال، لكن التصويت انتهى بسبعة أصوات مقابل صوتين لصالح الإبقاء على العبارة.',
          'وقال رئيس المجلس إن الميزانية الجديدة ستغطي تكاليف الوقود والصيانة حتى نهاية العام المقبل، وإن المجلس سيراجع القرار في الربيع.'
        ],
        after: ['شارك على فيسبوك', 'اقرأ أيضاً: الميناء يفتح رصيفا جديدا للصيادين'],
        tagCue: 'الوسوم',
        tags: ['الميناء', 'العبارات', 'الجزر'],
        relatedCue: 'الأكثر قراءة',
        related: ['افتتاح مكتبة جديدة في وسط المدينة بعد سنوات من الانتظار', 'المزارعون يبدأون موسم الحصاد مبكرا بسبب الطقس الدافئ', 'فريق المدينة يفوز بالبطولة للمرة الثالثة على التوالي'],
        footer: ['سياسة الخصوصية', 'اتصل بنا', 'جميع الحقوق محفوظة لصحيفة الميناء 2026']
      },
      'ar'
    )
  })

  test('Hebrew', () => {
    expectPage(
      {
        menu: ['דף הבית', 'חיפוש', 'התחברות'],
        headline: 'המעבורת של הערב תמשיך להפליג אל האיים בחורף',
        body: [
          'מועצת הנמל החליטה ביום שלישי כי המעבורת של הערב תמשיך להפליג אל האיים גם בחורף, אחרי שהמלחים ובתי הספר באיים ביקשו זאת במשך חודשים.',
          'המועצה תכננה להפסיק את ההפלגות בחודש נובמבר כדי לחסוך כסף, אבל ההצבעה הסתיימה בשבעה קולות מול שניים בעד המעבורת.',
          'ראש המועצה אמר כי התקציב החדש יכסה את עלות הדלק והתחזוקה עד סוף השנה הבאה, והמועצה תבחן את ההחלטה שוב באביב.'
        ],
        after: ['שתפו בפייסבוק', 'קראו גם: הנמל פותח מזח חדש לדייגים'],
        tagCue: 'תגיות',
        tags: ['נמל', 'מעבורות', 'איים'],
        relatedCue: 'הכי נקראים',
        related: ['ספרייה חדשה נפתחת במרכז העיר אחרי שנים של המתנה', 'החקלאים מתחילים את עונת הקטיף מוקדם בגלל מזג האוויר החם', 'הקבוצה של העיר זוכה באליפות בפעם השלישית ברציפות'],
        footer: ['מדיניות פרטיות', 'צרו קשר', 'כל הזכויות שמורות לעיתון הנמל 2026']
      },
      'he'
    )
  })

  test('Turkish, its cues in capitals too ("ETİKETLER", "İlgili Haberler", "İletişim")', () => {
    expectPage(
      {
        menu: ['Ana Sayfa', 'Arama', 'Giriş Yap'],
        headline: 'Akşam feribotu kış boyunca adalara sefer yapmaya devam edecek',
        body: [
          'Liman meclisi salı günü, akşam feribotunun kış boyunca adalara sefer yapmaya devam etmesine karar verdi. Denizciler ve adalardaki okullar aylardır bunu talep ediyordu.',
          'Meclis aslında para tasarrufu için seferleri kasım ayında durdurmayı planlıyordu, ancak oylama feribot lehine yediye karşı iki oyla sonuçlandı.',
          'Meclis başkanı, yeni bütçenin gelecek yılın sonuna kadar yakıt ve bakım masraflarını karşılayacağını ve kararın ilkbaharda yeniden ele alınacağını söyledi.'
        ],
        after: ['Bizi takip edin: Facebook, Twitter', 'Ayrıca okuyun: Liman balıkçılar için yeni bir iskele açıyor'],
        tagCue: 'ETİKETLER',
        tags: ['liman', 'feribot', 'adalar'],
        relatedCue: 'İlgili Haberler',
        related: ['Şehir merkezinde yeni kütüphane yıllar sonra kapılarını açtı', 'Çiftçiler sıcak hava nedeniyle hasada erken başladı', 'Şehrin takımı üst üste üçüncü kez şampiyon oldu'],
        footer: ['Gizlilik Politikası', 'İletişim', 'Tüm hakları saklıdır. Liman Gazetesi 2026']
      },
      'tr'
    )
  })

  test('Polish', () => {
    expectPage(
      {
        menu: ['Strona główna', 'Szukaj', 'Zaloguj się'],
        headline: 'Wieczorny prom będzie kursował na wyspy także zimą',
        body: [
          'Rada portu zdecydowała we wtorek, że wieczorny prom będzie kursował na wyspy także zimą. Marynarze i szkoły z wysp od miesięcy o to zabiegali.',
          'Rada planowała wstrzymać rejsy w listopadzie, aby zaoszczędzić pieniądze, ale głosowanie zakończyło się wynikiem siedem do dwóch na korzyść promu.',
          'Przewodniczący rady powiedział, że nowy budżet pokryje koszty paliwa i konserwacji do końca przyszłego roku, a rada wróci do tej decyzji wiosną.'
        ],
        after: ['Udostępnij na Facebooku', 'Czytaj także: Port otwiera nowe nabrzeże dla rybaków'],
        tagCue: 'Tagi',
        tags: ['port', 'promy', 'wyspy'],
        relatedCue: 'Najczęściej czytane',
        related: ['Nowa biblioteka w centrum miasta otwarta po latach oczekiwania', 'Rolnicy zaczynają żniwa wcześniej z powodu ciepłej pogody', 'Miejska drużyna zdobywa mistrzostwo po raz trzeci z rzędu'],
        footer: ['Polityka prywatności', 'Kontakt', 'Wszelkie prawa zastrzeżone. Gazeta Portowa 2026']
      },
      'pl'
    )
  })

  test('Dutch', () => {
    expectPage(
      {
        menu: ['Zoeken', 'Inloggen', 'Abonneren'],
        headline: 'Avondveerboot blijft ook in de winter naar de eilanden varen',
        body: [
          'De havenraad heeft dinsdag besloten dat de avondveerboot ook in de winter naar de eilanden blijft varen. Zeelieden en de scholen op de eilanden hadden daar maandenlang om gevraagd.',
          'De raad was van plan de overtochten in november te stoppen om geld te besparen, maar de stemming eindigde met zeven tegen twee stemmen in het voordeel van de veerboot.',
          'De voorzitter van de raad zei dat de nieuwe begroting de kosten van brandstof en onderhoud dekt tot het einde van volgend jaar, en dat de raad het besluit in het voorjaar opnieuw bekijkt.'
        ],
        after: ['Deel op Facebook', 'Lees ook: Haven opent nieuwe kade voor vissers'],
        tagCue: 'Trefwoorden',
        tags: ['haven', 'veerboten', 'eilanden'],
        relatedCue: 'Meest gelezen',
        related: ['Nieuwe bibliotheek in het centrum opent na jaren wachten', 'Boeren beginnen vroeg aan de oogst door het warme weer', 'Stadsclub wint voor de derde keer op rij het kampioenschap'],
        footer: ['Privacybeleid', 'Over ons', 'Alle rechten voorbehouden. Havenkrant 2026']
      },
      'nl'
    )
  })

  test('Ukrainian', () => {
    expectPage(
      {
        menu: ['Головна', 'Пошук', 'Увійти'],
        headline: 'Вечірній пором і взимку курсуватиме до островів',
        body: [
          'Рада порту у вівторок вирішила, що вечірній пором і взимку курсуватиме до островів. Моряки та школи островів просили про це кілька місяців.',
          'Рада планувала припинити рейси в листопаді, щоб заощадити гроші, але голосування завершилося з результатом сім голосів проти двох на користь порома.',
          'Голова ради сказав, що новий бюджет покриє витрати на пальне та обслуговування до кінця наступного року, а навесні рада знову розгляне це рішення.'
        ],
        after: ['Поділитися в Facebook', 'Читайте також: Порт відкриває новий причал для рибалок'],
        tagCue: 'Теги',
        tags: ['порт', 'пороми', 'острови'],
        relatedCue: 'Найчитаніше',
        related: ['Нова бібліотека в центрі міста відкрилася після років очікування', 'Фермери починають жнива раніше через теплу погоду', 'Міська команда втретє поспіль виграє чемпіонат'],
        footer: ['Політика конфіденційності', 'Контакти', 'Усі права захищені. Портова газета 2026']
      },
      'uk'
    )
  })

  const indonesian: Page = {
    menu: ['Beranda', 'Cari', 'Masuk'],
    headline: 'Cara mengatur masuk dengan sidik jari di laptop baru',
    body: [
      'Saya baru saja membeli laptop baru untuk bekerja dari rumah. Awalnya saya ragu, tetapi ternyata pengaturannya sangat mudah dan cepat.',
      'Pertama, buka menu pengaturan dan pilih bagian akun. Di sana Anda akan menemukan pilihan untuk mendaftarkan sidik jari, dan sistem akan meminta Anda menempelkan jari beberapa kali.',
      'Setelah selesai, saya mencoba keluar lalu masuk lagi dengan sidik jari. Sekarang saya tidak perlu mengetik kata sandi setiap pagi, dan itu sangat menyenangkan.'
    ],
    after: ['Bagikan ke Facebook', 'Baca juga: Tips memilih mouse nirkabel untuk kerja'],
    tagCue: 'Topik terkait',
    tags: ['laptop', 'sidik jari', 'keamanan'],
    relatedCue: 'Artikel terbaru',
    related: ['Membandingkan daya tahan baterai tiga mouse nirkabel', 'Printer lama saya akhirnya bisa dipakai lagi di laptop baru', 'Mengganti router wifi di rumah dan mencatat pengaturannya'],
    footer: ['Kebijakan Privasi', 'Pedoman Media Siber', 'Hak Cipta © 2026 Catatan Teknologi']
  }

  test('Indonesian', () => {
    expectPage(indonesian, 'id')
  })

  test('Indonesian that the detector calls Malay (news words of the Malay stop-word list) gets the Indonesian pack', () => {
    expectPage(indonesian, 'ms', {language: 'ms'})
  })

  test('Vietnamese', () => {
    expectPage(
      {
        menu: ['Trang chủ', 'Tìm kiếm', 'Đăng nhập'],
        headline: 'Phà buổi tối tiếp tục chạy ra các đảo trong mùa đông',
        body: [
          'Hội đồng cảng hôm thứ Ba đã quyết định rằng chuyến phà buổi tối sẽ tiếp tục chạy ra các đảo trong suốt mùa đông. Các thủy thủ và trường học trên đảo đã đề nghị điều này trong nhiều tháng.',
          'Hội đồng từng dự định ngừng các chuyến phà vào tháng Mười Một để tiết kiệm tiền, nhưng cuộc bỏ phiếu kết thúc với bảy phiếu ủng hộ và hai phiếu phản đối.',
          'Chủ tịch hội đồng cho biết ngân sách mới sẽ trang trải chi phí nhiên liệu và bảo dưỡng cho đến cuối năm sau, và hội đồng sẽ xem xét lại quyết định này vào mùa xuân.'
        ],
        after: ['Chia sẻ lên Facebook', 'Xem thêm: Cảng mở bến mới cho ngư dân'],
        tagCue: 'Từ khóa',
        tags: ['cảng', 'phà', 'hải đảo'],
        relatedCue: 'Tin liên quan',
        related: ['Thư viện mới ở trung tâm thành phố mở cửa sau nhiều năm chờ đợi', 'Nông dân bắt đầu thu hoạch sớm vì thời tiết ấm', 'Đội bóng thành phố vô địch lần thứ ba liên tiếp'],
        footer: ['Chính sách bảo mật', 'Liên hệ', 'Bản quyền thuộc về Báo Cảng 2026']
      },
      'vi'
    )
  })

  test('Swedish ("Logga in" is a menu line, not the start of the headline)', () => {
    const result = expectPage(
      {
        menu: ['Meny', 'Sök', 'Logga in'],
        headline: 'Kvällsfärjan fortsätter att gå till öarna i vinter',
        body: [
          'Hamnrådet beslutade i tisdags att kvällsfärjan ska fortsätta att gå till öarna även under vintern. Sjömännen och skolorna på öarna hade bett om det i flera månader.',
          'Rådet hade planerat att ställa in turerna i november för att spara pengar, men omröstningen slutade sju mot två till färjans fördel.',
          'Rådets ordförande sade att den nya budgeten täcker kostnaderna för bränsle och underhåll fram till slutet av nästa år, och att rådet ska se över beslutet igen till våren.'
        ],
        after: ['Dela på Facebook', 'Läs också: Hamnen öppnar en ny kaj för fiskarna'],
        tagCue: 'Ämnen',
        tags: ['hamnen', 'färjor', 'öarna'],
        relatedCue: 'Mest läst',
        related: ['Nytt bibliotek i centrum öppnar efter flera års väntan', 'Bönderna börjar skörda tidigt på grund av det varma vädret', 'Stadens lag vinner mästerskapet för tredje året i rad'],
        footer: ['Integritetspolicy', 'Kontakta oss', 'Alla rättigheter förbehållna. Hamnbladet 2026']
      },
      'sv'
    )
    expect(result.title).toBe('Kvällsfärjan fortsätter att gå till öarna i vinter')
  })

  test('Hindi', () => {
    expectPage(
      {
        menu: ['होम', 'खोजें', 'लॉगिन'],
        headline: 'शाम की नौका सर्दियों में भी द्वीपों तक चलती रहेगी',
        body: [
          'बंदरगाह परिषद ने मंगलवार को फैसला किया कि शाम की नौका सर्दियों में भी द्वीपों तक चलती रहेगी। नाविक और द्वीपों के स्कूल कई महीनों से इसकी मांग कर रहे थे।',
          'परिषद पैसे बचाने के लिए नवंबर में यात्राएं बंद करने की योजना बना रही थी, लेकिन मतदान में सात के मुकाबले दो वोटों से नौका के पक्ष में फैसला हुआ।',
          'परिषद के अध्यक्ष ने कहा कि नया बजट अगले साल के अंत तक ईंधन और रखरखाव का खर्च उठाएगा, और परिषद वसंत में इस फैसले पर फिर से विचार करेगी।'
        ],
        after: ['हमें फॉलो करें: फेसबुक, ट्विटर', 'ये भी पढ़ें: बंदरगाह ने मछुआरों के लिए नया घाट खोला'],
        tagCue: 'टैग्स',
        tags: ['बंदरगाह', 'नौका', 'द्वीप'],
        relatedCue: 'सबसे ज्यादा पढ़ी गई',
        related: ['शहर के बीचों-बीच सालों के इंतजार के बाद नई लाइब्रेरी खुली', 'गर्म मौसम के कारण किसानों ने जल्दी कटाई शुरू की', 'शहर की टीम ने लगातार तीसरी बार चैंपियनशिप जीती'],
        footer: ['गोपनीयता नीति', 'संपर्क करें', 'सर्वाधिकार सुरक्षित © 2026 बंदरगाह समाचार']
      },
      'hi'
    )
  })
})
