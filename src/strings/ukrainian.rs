//! The interface in Ukrainian.

use super::{counted, grouped_with, live_news_with, megabytes_with, wait_with, UiText};
use crate::chronology::shorten_address as shorten;
use crate::chronology::{
    AddressError, CalendarNames, DataRefusal, DateError, Expected, Found, Language, LoadError,
    Message, FORMAT_VERSION,
};

/// Ukrainian.
pub const UKRAINIAN: UiText = UiText {
    language: Language::Ukrainian,
    own_name: "Українська",
    language_menu: "Мова",
    app_name: "Chronoline",
    calendar: CALENDAR,
    number,
    megabytes,
    loading: "Завантаження хронології…",
    load_failed: "Не вдалося завантажити хронологію",
    retry: "Спробувати ще раз",
    failed_url: "Адреса:",
    failed_file: "Файл:",
    open_file: "Відкрити файл…",
    open_file_hint: "Відкрийте хронологію з цього комп’ютера: JSON цього застосунку, JSON або \
        шаблон таблиці TimelineJS, експорт ACLED чи таблицю, збережену у форматі CSV. Файл \
        обробляється тут і нікуди не надсилається; його також можна перетягнути на сторінку.",
    drop_to_open: "Відпустіть файл, щоб відкрити його",
    opening_file: |name| format!("Відкривається {name}…"),
    file_menu: "Файл",
    paste_item: "Вставити текст…",
    paste_heading: "Вставити хронологію",
    paste_hint: "JSON цього застосунку, JSON TimelineJS або рядки, скопійовані з таблиці разом із \
        рядком заголовків (шаблон TimelineJS, експорт ACLED або таблиця цього проєкту). Текст \
        обробляється тут і нікуди не надсилається.",
    paste_open: "Відкрити",
    cancel: "Скасувати",
    pasted_text: "вставлений текст",
    pasted_here: "Вставлено на цій сторінці",
    embed_local_file: "Цю хронологію відкрито в цьому браузері, тож вона не має адреси, за якою \
        її могла б завантажити стаття. Експортуйте її в JSON (Файл → Експортувати хронологію), \
        опублікуйте файл там, звідки цей застосунок зможе його завантажити, відкрийте застосунок \
        із ?data= та адресою файлу, а потім вбудуйте.",
    media_credit: |credit| format!("Автор: {credit}"),
    media_video: "Відео",
    media_audio: "Аудіо",
    media_document: "Документ",
    media_link: "Посилання",
    export_json: "Експортувати хронологію (JSON)",
    export_csv: "Експортувати таблицю (CSV)",
    export_ics: "Експортувати календар (iCalendar)",
    export_md: "Експортувати довідку (Markdown)",
    sheet_template: "Порожній шаблон таблиці (CSV)",
    exporting: "Експорт…",
    export_failed: |reason| format!("Не вдалося експортувати: {reason}."),
    http_status: "Сервер відповів кодом HTTP",
    network_failure: "Запит не дійшов до сервера:",
    not_a_response: "браузер отримав щось інше, ніж відповідь сервера",
    response_unreadable: "не вдається прочитати відповідь",
    file_unreadable: "браузер не зміг прочитати файл",
    tools_unavailable: "ця сторінка не може конвертувати файли",
    tools_could_not_start: "не вдалося запустити інструменти обробки документів",
    tools_no_answer: "інструменти обробки документів не відповіли",
    tools_failed: |reason| format!("збій інструментів обробки документів: {reason}"),
    tools_timed_out: |seconds| {
        format!(
            "інструменти обробки документів не впоралися за {}",
            plural(seconds as usize, ["секунду", "секунди", "секунд"])
        )
    },
    download_failed: "браузер не зміг створити файл",
    load_error,
    data_refusal,
    redirected_there: "(початкова адреса переспрямовувала сюди)",
    address_error,
    problem,
    timed_out: |seconds| {
        format!(
            "Сервер нічого не надсилав протягом {}, тому запит зупинено.",
            plural(seconds as usize, ["секунди", "секунд", "секунд"])
        )
    },
    too_large: |size, limit| match size {
        Some(size) => format!(
            "Розмір хронології — {}, а ця сторінка приймає щонайбільше {}.",
            megabytes(size),
            megabytes(limit)
        ),
        None => format!(
            "Хронологія перевищує {} — граничний розмір для цієї сторінки.",
            megabytes(limit)
        ),
    },
    received: |received, expected| match expected {
        Some(expected) => format!("Отримано {} з {}", megabytes(received), megabytes(expected)),
        None => format!("Отримано {}", megabytes(received)),
    },
    reading: |stage, done, total| match stage {
        0 => "Перевірка даних…".to_owned(),
        1 => format!(
            "Зчитування джерел: {} з {}",
            number(done as u64),
            number(total as u64)
        ),
        2 => format!(
            "Зчитування подій: {} з {}",
            number(done as u64),
            number(total as u64)
        ),
        _ => format!("Сортування {}…", plural(total, ["події", "подій", "подій"])),
    },
    data_from: "Хронологію завантажено з",
    not_published_here: "не опубліковано цим сайтом",
    opened_from_file: "Відкрито з файлу",
    events_skipped: |n| {
        plural(
            n,
            [
                "подію не вдалося показати",
                "події не вдалося показати",
                "подій не вдалося показати",
            ],
        )
    },
    values_ignored: |n| {
        plural(
            n,
            [
                "значення не враховано",
                "значення не враховано",
                "значень не враховано",
            ],
        )
    },
    warnings: |n| {
        plural(
            n,
            [
                "попередження для редакторів",
                "попередження для редакторів",
                "попереджень для редакторів",
            ],
        )
    },
    items_skipped: |n| {
        plural(
            n,
            [
                "джерело або категорію пропущено",
                "джерела або категорії пропущено",
                "джерел або категорій пропущено",
            ],
        )
    },
    event_count: |n| plural(n, ["подія", "події", "подій"]),
    newest_first: "Спершу новіші",
    years_nav: "Роки",
    month_unknown: "Місяць невідомий",
    approximately: "прибл.",
    date_range_separator: " – ",
    undisclosed: "не розголошено",
    according_to: "за даними",
    location: "Місце:",
    claim_by: "Заявляє:",
    disputed_by: "заперечує:",
    contested: "Спірне твердження",
    confidence_medium: "Середня достовірність",
    confidence_low: "Низька достовірність — перевірте перед використанням",
    sources_count: |n| format!("Джерела ({})", number(n as u64)),
    open_at_passage: "Відкрити на місці цитати",
    open_source: "Відкрити джерело",
    title_inferred: "(назву визначено за адресою)",
    published: "опубліковано",
    source_updated: "оновлено",
    read_source_text: "Читати текст джерела",
    notes: "Примітки редакції:",
    no_events: "У цій хронології немає подій для показу.",
    showing_of: |shown, total| {
        format!(
            "Показано {} з {}",
            number(shown as u64),
            plural(total, ["події", "подій", "подій"])
        )
    },
    view_label: "Вигляд",
    view_timeline: "Шкала",
    view_list: "Список",
    filters: "Фільтри",
    search: "Пошук",
    search_placeholder: "Пошук за заголовками, місцями, тегами, джерелами",
    date_from: "Від",
    date_to: "До",
    lanes: "Категорії",
    tags: "Теги",
    clear_filters: "Скинути фільтри",
    timeline_label: "Часова шкала",
    timeline_help: "Стрілки — перехід між подіями, Enter — відкрити подію. Плюс і мінус — \
        масштаб, Home і End — перша й остання подія.",
    pan_earlier: "Раніше",
    pan_later: "Пізніше",
    zoom_in: "Наблизити",
    zoom_out: "Віддалити",
    fit_all: "Показати все",
    cluster_label: |count, from, to| {
        let events = plural(count, ["подія", "події", "подій"]);
        if from == to {
            format!("{events}, {from}. Наблизьте")
        } else {
            format!("{events}, з {from} до {to}. Наблизьте")
        }
    },
    close: "Закрити",
    today: "Сьогодні",
    show_more: |n| format!("Показати ще {}", number(n as u64)),
    nothing_matches: "Жодна подія не відповідає цим фільтрам.",
    more_problems: |n| {
        format!(
            "Ще {}",
            plural(
                n,
                [
                    "проблема не показана",
                    "проблеми не показані",
                    "проблем не показано"
                ],
            )
        )
    },
    contested_only: "Лише спірні твердження",
    view_sources: "Джерела",
    filter_publisher: "Видавець",
    source_count: |n| plural(n, ["джерело", "джерела", "джерел"]),
    cited_by: |n| {
        plural(
            n,
            [
                "подія посилається на нього",
                "події посилаються на нього",
                "подій посилаються на нього",
            ],
        )
    },
    also_cited_by: "Також цитується в подіях:",
    also_cited_more: |n| format!("і ще {}", number(n as u64)),
    text_earlier: "Показати попередню частину тексту",
    text_later: "Показати більше тексту",
    cite: "Цитувати подію",
    copy_quote: "Копіювати цитату",
    copied: "Скопійовано",
    copy_failed: "Не вдалося скопіювати: текст виділено нижче, скопіюйте його вручну",
    passage_count: |n| {
        if n == 1 {
            "фрагмент виділено".to_owned()
        } else {
            format!(
                "фрагмент трапляється {}",
                plural(n, ["раз", "рази", "разів"])
            )
        }
    },
    open_full_view: "Відкрити всю часову шкалу ↗",
    wheel_hint: "Клацніть часову шкалу або прокручуйте з натиснутою клавішею Ctrl (⌘ на Mac), \
        щоб змінити масштаб",
    embed: "Вбудувати",
    embed_heading: "Вбудувати цей вигляд",
    embed_help: "Вставте код у свою статтю. Він показує саме цей вигляд: дані, фільтри, вибрану \
        подію та видимий проміжок часу.",
    embed_height: "Висота в пікселях",
    embed_theme: "Кольорова схема",
    theme_auto: "Як у налаштуваннях читача",
    theme_light: "Світла",
    theme_dark: "Темна",
    embed_fixed: "Фіксована висота",
    embed_responsive: "Підлаштовується під вміст (додає невеликий скрипт)",
    copy_code: "Копіювати код",
    present: "Почати презентацію",
    print_handout: "Надрукувати роздатковий матеріал",
    slide_counter: |n, total| format!("{n} / {total}"),
    presentation_label: "Презентація",
    previous_slide: "Попередній",
    next_slide: "Наступний",
    leave_presentation: "Вийти (Esc)",
    full_screen: "На весь екран",
    presenter_view: "Режим доповідача",
    autoplay_playing: "показ триває — будь-яка клавіша чи дотик зупиняє",
    autoplay_paused: "показ зупинено",
    go_to_slide: "Перейти до слайда",
    presentation_help: "→, Пробіл або Page Down: наступний. ←, Shift+Пробіл або Page Up: \
        попередній. Home, End: перший, останній. Номер і Enter: слайд із цим номером. Esc: вихід.",
    sources_heading: "Джерела",
    overview_label: "Місце цієї події в хронології",
    now_showing: "Зараз на екрані",
    up_next: "Далі",
    last_slide: "Це останній слайд.",
    elapsed: "Минуло",
    no_notes: "Для цієї події немає приміток редакції.",
    handout_events: |shown, total| {
        if shown == total {
            plural(total, ["подія", "події", "подій"])
        } else {
            format!(
                "{} з {} (відфільтровано)",
                number(shown as u64),
                plural(total, ["події", "подій", "подій"])
            )
        }
    },
    handout_span: |from, to| format!("{from} – {to}"),
    data_updated: "Дані оновлено:",
    live_news: |added, corrected, withdrawn, removed| {
        let new_events = if added > 0 {
            counted(
                Language::Ukrainian,
                added,
                number,
                ["нова подія", "нові події", "нових подій"],
            )
        } else {
            String::new()
        };
        live_news_with(
            new_events,
            [
                (corrected, "виправлено: {n}"),
                (withdrawn, "відкликано: {n}"),
                (removed, "вилучено: {n}"),
            ],
        )
    },
    live_show: "Показати",
    live_retrying: |seconds| {
        format!(
            "Не вдалося перевірити оновлення; наступна спроба через {}",
            wait(seconds)
        )
    },
    live_every: |seconds| format!("Наживо: перевірка оновлень кожні {}", wait(seconds)),
    new_event: "Нове",
    corrected: "Виправлено",
    updated_on: |date| format!("Оновлено {date}"),
    withdrawn: "Відкликано",
    removed_from_data: "Вилучено з даних після відкриття сторінки",
    show_withdrawn: "Показати відкликані",
    what_changed: "Що змінилося",
    before_change: "Було",
    after_change: "Тепер",
    field_name: |field| match field {
        "start" => "Дата",
        "end" => "Кінець",
        "lane" => "Категорія",
        "title" => "Назва",
        "summary" => "Опис",
        "location" => "Місце",
        "figures" => "Цифри",
        "claim" => "Заява",
        "sources" => "Джерела",
        "confidence" => "Достовірність",
        "notes" => "Примітки",
        "correction" => "Виправлення",
        _ => "Інше",
    },
    compiled_by: "Упорядник:",
    printed_from: "Надруковано з",
};

/// Ukrainian dates: "26 червня 2025", "червень 2025", "44 до н. е.".
const CALENDAR: CalendarNames = CalendarNames {
    months: [
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
    ],
    day_months: [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    short_months: [
        "січ.",
        "лют.",
        "бер.",
        "квіт.",
        "трав.",
        "черв.",
        "лип.",
        "серп.",
        "вер.",
        "жовт.",
        "лист.",
        "груд.",
    ],
    before_common_era: "до н. е.",
};

/// 1234567 → "1 234 567", with no-break spaces.
fn number(count: u64) -> String {
    grouped_with(count, '\u{a0}')
}

/// 12,345,678 bytes → "11,8 МБ".
fn megabytes(bytes: u64) -> String {
    format!("{} МБ", megabytes_with(bytes, ','))
}

/// "1 подія", "2 події", "5 подій": the forms after 1, after 2–4 and after the rest.
fn plural(count: usize, forms: [&str; 3]) -> String {
    counted(Language::Ukrainian, count, number, forms)
}

/// Why a document could not be read at all.
fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Syntax {
            line,
            column,
            message,
        } => format!("Дані не є коректним JSON: {message} (рядок {line}, стовпець {column})."),
        LoadError::NotJson { looks_like } => {
            format!(
                "Дані не є JSON: схоже, це {}.",
                looks_like_in_words(looks_like)
            )
        }
        LoadError::NotAChronology { reason } => {
            format!("Цей JSON не є хронологією: {}.", problem(reason))
        }
        LoadError::UnsupportedVersion { found } => format!(
            "Документ використовує format_version {found}; цей застосунок читає версію \
             {FORMAT_VERSION}."
        ),
    }
}

/// What a text that is not JSON looks like; a description this file does not know is shown
/// as it is.
fn looks_like_in_words(looks_like: &str) -> &str {
    match looks_like {
        "a document that was already read" => "документ, який уже прочитано",
        "binary data, not UTF-8 text" => "двійкові дані, а не текст у кодуванні UTF-8",
        "an empty file" => "порожній файл",
        "an HTML or XML page" => "сторінка HTML або XML",
        other => other,
    }
}

/// Why the page does not load a chronology from an address.
fn data_refusal(refusal: &DataRefusal) -> String {
    match refusal {
        DataRefusal::NotAbsolute { address } => format!(
            "{address} не є повною вебадресою (такою, що починається з https://); дані за нею не \
             завантажено."
        ),
        DataRefusal::Data => "Адреса data: містить хронологію в самому посиланні, тож неможливо \
            встановити, хто її опублікував; її не завантажено."
            .to_owned(),
        DataRefusal::Blob { address } => format!(
            "Адреса blob: вказує на дані, створені всередині іншої сторінки, тож неможливо \
             встановити, хто їх опублікував; {address} не завантажено."
        ),
        DataRefusal::Script { address } => {
            format!("{address} — це скрипт, а не адреса хронології; його не виконано.")
        }
        DataRefusal::File { address } => format!(
            "{address} — файл на чиємусь власному комп’ютері, до якого вебсторінка не має \
             доступу; його не завантажено."
        ),
        DataRefusal::OtherScheme { scheme, address } => format!(
            "{address} має схему {scheme}:, а хронології завантажуються лише з адрес http і \
             https."
        ),
        DataRefusal::Malformed { address, reason } => format!(
            "{address} не можна використати як вебадресу: {}.",
            address_error(reason)
        ),
        DataRefusal::OtherSite { address, site } => format!(
            "Ця сторінка показує хронології лише зі свого сайту та із сайтів, які дозволив її \
             видавець; {address} розміщено на {site}."
        ),
    }
}

/// Why an address cannot be used, in lower case, to follow the address in a sentence.
fn address_error(error: &AddressError) -> String {
    match error {
        AddressError::Empty => "адресу не вказано".to_owned(),
        AddressError::NotAbsolute => {
            "це неповна адреса: вона не починається з http:// або https://".to_owned()
        }
        AddressError::NotWeb { scheme } => {
            format!("це адреса {}:, а не http чи https", shorten(scheme))
        }
        AddressError::NoHost => "після схеми не вказано сайт".to_owned(),
        AddressError::BadHost { host } => {
            format!("«{}» не є допустимою назвою сайту", shorten(host))
        }
        AddressError::BadPort { port } => {
            format!("«{}» не є номером порту від 0 до 65535", shorten(port))
        }
        AddressError::NotAnOrigin => "джерело (origin) складається лише зі схеми, сайту й порту, \
            як-от https://data.example.org, без шляху, запиту чи імені користувача"
            .to_owned(),
        AddressError::NotAscii { host } => format!(
            "запишіть назву сайту «{}» у формі ASCII (xn--): саме її порівнюють браузери",
            shorten(host)
        ),
    }
}

/// What is wrong with a value of a document, in lower case, to follow its path and a colon.
fn problem(message: &Message) -> String {
    match message {
        Message::TopLevelNotObject { found: what } => {
            format!("верхній рівень документа — {}, а не об’єкт", found(what))
        }
        Message::NoEventsList => "немає списку \"events\"".to_owned(),
        Message::EventsNotList { found: what } => {
            format!("\"events\" — {}, а не список", found(what))
        }
        Message::LoneSurrogate => "містить непарний сурогат UTF-16 (часто це обрізаний емодзі); \
            його прочитано як \u{fffd}"
            .to_owned(),
        Message::MoreLoneSurrogates { count } => format!(
            "ще {} UTF-16 прочитано як \u{fffd}, як і вище",
            plural(
                *count,
                ["непарний сурогат", "непарні сурогати", "непарних сурогатів"]
            )
        ),
        Message::TooManyEvents {
            limit,
            left_out,
            total,
        } => format!(
            "цей застосунок показує щонайбільше {}, тому звідси до кінця файлу пропущено {} з {}",
            plural(*limit, ["подію", "події", "подій"]),
            plural(*left_out, ["подію", "події", "подій"]),
            number(*total as u64)
        ),
        Message::VersionMissing { version } => {
            format!("поле відсутнє; документ прочитано за версією {version}")
        }
        Message::NumberTooLarge { number } => {
            format!("{number} — надто велике число, тому його не враховано")
        }
        Message::TooDeep => "вкладеність понад 128 рівнів, тому значення не враховано".to_owned(),
        Message::Unreadable { detail } => {
            format!("не вдалося прочитати ({detail}), тому значення не враховано")
        }
        Message::UnknownField => {
            "такого поля немає у форматі подій, тому його не враховано".to_owned()
        }
        Message::Missing => "поле відсутнє".to_owned(),
        Message::Empty => "значення порожнє".to_owned(),
        Message::WrongKind {
            found: what,
            expected: wanted,
        } => format!("це {}, а очікується {}", found(what), expected(*wanted)),
        Message::NoTextInAnyLanguage => "немає тексту жодною мовою".to_owned(),
        Message::NotALanguageTag { tag } => {
            format!("«{tag}» не є тегом мови, як-от \"en\" чи \"uk\"")
        }
        Message::NotADate { text, error } => format!("«{text}» {}", date_error(*error)),
        Message::ErasNotList { found: what } => {
            format!("це {}, а не список, тому епохи не показано", found(what))
        }
        Message::LanesNotList { found: what } => format!(
            "це {}, а не список; використано типові категорії",
            found(what)
        ),
        Message::EndBeforeStart { start, end } => {
            format!("«{end}» раніше за початок «{start}»")
        }
        Message::DuplicateEventId { id, first } => format!(
            "«{id}» уже є ідентифікатором events[{first}]; ідентифікатори мають бути унікальними"
        ),
        Message::DuplicateLaneId { id } => {
            format!("«{id}» уже є ідентифікатором іншої категорії")
        }
        Message::DuplicateSourceId { id } => {
            format!("«{id}» уже є ідентифікатором іншого джерела")
        }
        Message::UnusableId { id } => {
            format!("«{id}» не підходить як ідентифікатор: допустимо до 200 символів без пробілів")
        }
        Message::UnknownLane { lane, known } => {
            format!(
                "категорії «{lane}» у документі немає (є: {})",
                listed(known)
            )
        }
        Message::NotOneOf { word, choices } => {
            format!("«{word}» — недопустиме значення (допустимі: {choices})")
        }
        Message::UnknownSource { id } => format!("джерела з ідентифікатором «{id}» немає"),
        Message::OutOfDegrees { number, limit } => {
            format!("{number} поза межами −{limit}…{limit} градусів")
        }
        Message::EmptyClaim => {
            "не вказано ні заявника, ні сторони, що заперечує, ні примітки".to_owned()
        }
        Message::LinkHasSpaces { link } => {
            format!("«{link}» не є посиланням: містить пробіли")
        }
        Message::NotASafeLink { link } => {
            format!("«{link}» не є посиланням http(s) чи mailto, тому його не показано")
        }
        Message::MediaNotHttp { link } => {
            format!("«{link}» не є посиланням http(s), тому його не показано")
        }
        Message::UnknownMediaKind { word, choices } => format!(
            "«{word}» — недопустиме значення (допустимі: {choices}); тип визначено за посиланням"
        ),
        Message::MediaKindNotWord { found: what } => format!(
            "це {}, а не тип медіа; тип визначено за посиланням",
            found(what)
        ),
        Message::ImageWithoutAlt => "зображення не має альтернативного тексту (\"alt\"): опишіть, \
            що на ньому, для читачів, які не можуть його побачити"
            .to_owned(),
        Message::CitesNoSource { id } => {
            format!("подія «{id}» не посилається на жодне джерело")
        }
        Message::CitesOnlyWeakSources { id, publishers } => format!(
            "подія «{id}» посилається лише на агрегатори або репости ({})",
            listed(publishers)
        ),
        Message::NoPublicationDate { id, note } if note.is_empty() => {
            format!("джерело «{id}» не має дати публікації")
        }
        Message::NoPublicationDate { id, note } => {
            format!("джерело «{id}» не має дати публікації ({note})")
        }
        Message::QuoteNotInText { id } => {
            format!("цитату джерела «{id}» не знайдено в його тексті")
        }
        Message::SheetMissingColumn { column } => {
            format!("у рядку заголовків немає стовпця «{column}»")
        }
        Message::FileNotText => "це не текстовий файл: відкрийте документ JSON або таблицю CSV, \
            збережену в кодуванні UTF-8"
            .to_owned(),
        Message::UnknownFormat => "цей застосунок не читає такого формату: він відкриває JSON \
            цього застосунку, JSON TimelineJS, файли iCalendar і таблиці, збережені у форматі \
            CSV: шаблон TimelineJS (Year, Month, Day, Headline …), експорт ACLED (event_id_cnty, \
            event_date …) або таблицю зі стовпцями id, date, category і headline"
            .to_owned(),
        Message::QuoteNeverClosed => {
            "поле в лапках не закрито: бракує закривної подвійної лапки".to_owned()
        }
        Message::FileEmpty => "файл порожній".to_owned(),
        Message::CalendarWithoutEvents => "у календарі немає подій (VEVENT)".to_owned(),
        Message::EventWithoutStart => "подія не має DTSTART".to_owned(),
        Message::NotACalendarDate { text } => {
            format!("«{text}» не є датою чи часом UTC у форматі iCalendar")
        }
        Message::TimelineWithoutEvents => {
            "документ TimelineJS має містити список \"events\"".to_owned()
        }
        Message::EraWithoutDates => "для епохи потрібні дати початку й кінця".to_owned(),
        Message::EraWithoutHeadline => "щоб показати епоху, потрібен заголовок".to_owned(),
        Message::NotAPeriod { start, end } => {
            format!("«{start}» і «{end}» не утворюють проміжку часу")
        }
        Message::TimeWithoutZone { time } => {
            format!("час {time} вказано без часового поясу, тому подію прив’язано лише до дня")
        }
        Message::HtmlDropped { tags, attributes } => {
            let mut dropped = Vec::new();
            if *tags > 0 {
                dropped.push(plural(*tags, ["тег", "теги", "тегів"]));
            }
            if *attributes > 0 {
                dropped.push(plural(*attributes, ["атрибут", "атрибути", "атрибутів"]));
            }
            format!(
                "вилучено розмітку HTML ({}): збережено лише текст, абзаци й посилання",
                dropped.join(" та ")
            )
        }
        Message::NotShownYet { field } => {
            format!("поле {field} цей застосунок поки що не показує, тому його пропущено")
        }
        Message::NotAWholeNumber { part, text } => {
            format!("{part} «{text}» не є цілим числом")
        }
        Message::DateNotAnObject => {
            "дата має бути об’єктом із роком, як-от {\"year\": 2022}".to_owned()
        }
        Message::DateWithoutYear => "у даті не вказано рік".to_owned(),
        Message::DayWithoutMonth => "у даті вказано день, але не вказано місяць".to_owned(),
        Message::YearTooFar { year } => {
            format!("рік {year} — надто далеко від нашої ери для календаря з днями й місяцями")
        }
        Message::YearOutOfRange { year } => {
            format!("рік {year} поза межами років, які показує цей застосунок (від -9999 до 9999)")
        }
        Message::NotAPrecision { precision, choices } => {
            format!("«{precision}» — недопустиме значення (допустимі: {choices})")
        }
        Message::PrecisionMismatch { precision, date } => {
            format!("«{precision}» не відповідає даті «{date}»")
        }
        Message::NotAnAcledPrecision { value } => {
            format!("значення time_precision має бути 1, 2 або 3, а не «{value}»")
        }
        Message::NotAnAcledDate { text } => {
            format!("«{text}» не є датою (очікується 2024-02-24 або 24 February 2024)")
        }
        Message::AmbiguousDate {
            text,
            first,
            second,
        } => format!(
            "«{text}» можна прочитати як {first} або як {second}: запишіть дату у форматі \
             YYYY-MM-DD"
        ),
    }
}

/// What a JSON value was: text in «», `null`, `true`, numbers as written, or its kind.
fn found(found: &Found) -> String {
    match found {
        Found::Null => "null".to_owned(),
        Found::Flag(flag) => flag.to_string(),
        Found::Number(number) => number.clone(),
        Found::Text(text) => format!("«{text}»"),
        Found::List => "список".to_owned(),
        Found::Object => "об’єкт".to_owned(),
    }
}

/// What belongs where a value of the wrong kind was found, after "очікується".
fn expected(expected: Expected) -> String {
    match expected {
        Expected::Object => "об’єкт",
        Expected::Text => "текст",
        Expected::Flag => "true або false",
        Expected::List => "список",
        Expected::Tag => "тег",
        Expected::SourceId => "ідентифікатор джерела",
        Expected::Degrees => "число градусів",
        Expected::FigureValue => "число або \"undisclosed\"",
        Expected::Withdrawal => "true або причина текстом",
        Expected::PollSeconds => "ціле число секунд від 5 до 86400",
    }
    .to_owned()
}

/// Why a text is not a date, to follow the text.
fn date_error(error: DateError) -> String {
    match error {
        DateError::Shape => {
            "не є датою (очікується YYYY, YYYY-MM, YYYY-MM-DD або YYYY-MM-DDTHH:MM+HH:MM)"
        }
        DateError::NoSuchDate => "не є датою: такого дня в календарі немає",
        DateError::TooFar => {
            "— надто далеко від нашої ери для календаря з днями й місяцями (роки від -9999 до 9999)"
        }
    }
    .to_owned()
}

/// A list of names made for a message, with its English tail " … and 3 more" in Ukrainian;
/// any other text as it is.
fn listed(names: &str) -> String {
    let more = names.rsplit_once(" … and ").and_then(|(shown, tail)| {
        let count = tail.strip_suffix(" more")?.parse::<u64>().ok()?;
        Some(format!("{shown} … і ще {}", number(count)))
    });
    more.unwrap_or_else(|| names.to_owned())
}

/// A wait in seconds, in this language's units.
fn wait(seconds: u32) -> String {
    wait_with(seconds, ["с", "хв", "год"])
}
