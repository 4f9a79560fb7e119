/**
 * Polish phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Polish phrase pack (`language: 'pl'`): all in lower case. */
export const pl: Lexicon = {
  language: 'pl',
  boilerplate: ['udostępnij', 'komentarze', 'czytaj więcej', 'czytaj dalej', 'menu', 'szukaj', 'wyszukaj', 'zaloguj się', 'zaloguj', 'zarejestruj się', 'subskrybuj', 'zapisz się', 'newsletter', 'polityka prywatności', 'polityka cookies', 'regulamin', 'kontakt', 'o nas', 'mapa strony', 'reklama', 'artykuł sponsorowany', 'materiał sponsorowany', 'materiał partnera', 'następny artykuł', 'poprzedni artykuł', 'drukuj', 'przejdź do treści', 'strona główna', 'wróć na górę'],
  boilerplatePrefixes: ['udostępnij na ', 'obserwuj nas na ', 'śledź nas na ', 'wszelkie prawa zastrzeżone', 'używamy plików cookie', 'ta strona używa plików cookie', 'ta strona korzysta z plików cookie', 'strona korzysta z plików cookie', 'zapisz się do newslettera', 'zapisz się na newsletter', 'czytaj też:', 'czytaj także:', 'czytaj również:', 'zobacz też:', 'zobacz także:', 'przeczytaj też:', 'przeczytaj także:', 'przeczytaj również:', 'kliknij tutaj'],
  tagCues: ['tagi', 'słowa kluczowe', 'tematy', 'temat'],
  relatedCues: ['czytaj też', 'czytaj także', 'czytaj również', 'zobacz też', 'zobacz także', 'przeczytaj też', 'przeczytaj także', 'przeczytaj również', 'polecamy', 'polecane', 'polecane artykuły', 'najczęściej czytane', 'najchętniej czytane', 'najpopularniejsze', 'popularne', 'najnowsze', 'najnowsze wiadomości', 'najnowsze artykuły', 'podobne artykuły', 'powiązane artykuły', 'może cię zainteresować', 'może cię również zainteresować', 'to może cię zainteresować', 'inne artykuły', 'więcej wiadomości', 'najważniejsze'],
  sections: ['wiadomości', 'kraj', 'świat', 'polska', 'polityka', 'gospodarka', 'ekonomia', 'biznes', 'finanse', 'sport', 'kultura', 'nauka', 'technologie', 'zdrowie', 'opinie', 'publicystyka', 'region', 'regiony', 'motoryzacja', 'rozrywka', 'styl życia', 'podróże', 'wideo', 'edukacja', 'społeczeństwo'],
  commentCues: ['komentarze', 'dodaj komentarz', 'skomentuj', 'zostaw komentarz', 'napisz komentarz', 'odpowiedzi', 'dyskusja'],
  authorCues: ['o'],
  endCues: ['źródła', 'przypisy', 'bibliografia', 'o autorze', 'o autorce', 'o tym artykule'],
  sourceCues: ['źródła', 'przypisy', 'bibliografia'],
  // "Dalsza część artykułu pod materiałem wideo", "… pod reklamą".
  continueCues: ['dalsza część artykułu', 'artykuł jest kontynuowany poniżej'],
  forwardCues: ['poniżej', 'oto', 'następujące', 'sprawdź', 'nasz wybór'],
  dateWords: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień', 'sty', 'lut', 'kwi', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'godz', 'aktualizacja', 'opublikowano']
}
