//! The interface in Russian.

use super::{counted, grouped_with, live_news_with, megabytes_with, wait_with, UiText};
use crate::chronology::shorten_address as shorten;
use crate::chronology::{
    AddressError, CalendarNames, DataRefusal, DateError, Expected, Found, Language, LoadError,
    Message, FORMAT_VERSION,
};

/// Russian.
pub const RUSSIAN: UiText = UiText {
    language: Language::Russian,
    own_name: "Русский",
    language_menu: "Язык",
    app_name: "Chronoline",
    calendar: CALENDAR,
    number,
    megabytes,
    loading: "Загрузка хронологии…",
    load_failed: "Не удалось загрузить хронологию",
    retry: "Повторить попытку",
    failed_url: "Адрес:",
    failed_file: "Файл:",
    open_file: "Открыть файл…",
    open_file_hint: "Откройте хронологию с этого компьютера: JSON этого приложения, JSON или \
        шаблон таблицы TimelineJS, экспорт ACLED или таблицу, сохранённую в формате CSV. Файл \
        обрабатывается здесь и никуда не отправляется; его также можно перетащить на страницу.",
    drop_to_open: "Отпустите файл, чтобы открыть его",
    opening_file: |name| format!("Открывается {name}…"),
    file_menu: "Файл",
    paste_item: "Вставить текст…",
    paste_heading: "Вставить хронологию",
    paste_hint: "JSON этого приложения, JSON TimelineJS или строки, скопированные из таблицы \
        вместе со строкой заголовков (шаблон TimelineJS, экспорт ACLED или таблица этого \
        проекта). Текст обрабатывается здесь и никуда не отправляется.",
    paste_open: "Открыть",
    cancel: "Отмена",
    pasted_text: "вставленный текст",
    pasted_here: "Вставлено на этой странице",
    embed_local_file: "Хронология открыта в этом браузере, поэтому у неё нет адреса, по которому \
        её могла бы загрузить статья. Экспортируйте её в JSON (Файл → Экспортировать \
        хронологию), опубликуйте файл там, откуда это приложение сможет его загрузить, откройте \
        приложение с ?data= и адресом файла, а затем встройте.",
    media_credit: |credit| format!("Автор: {credit}"),
    media_video: "Видео",
    media_audio: "Аудио",
    media_document: "Документ",
    media_link: "Ссылка",
    export_json: "Экспортировать хронологию (JSON)",
    export_csv: "Экспортировать таблицу (CSV)",
    export_ics: "Экспортировать календарь (iCalendar)",
    export_md: "Экспортировать справку (Markdown)",
    sheet_template: "Пустой шаблон таблицы (CSV)",
    exporting: "Экспорт…",
    export_failed: |reason| format!("Не удалось экспортировать: {reason}."),
    http_status: "Сервер ответил кодом HTTP",
    network_failure: "Запрос не дошёл до сервера:",
    not_a_response: "браузер получил что-то иное, чем ответ сервера",
    response_unreadable: "не удаётся прочитать ответ",
    file_unreadable: "браузер не смог прочитать файл",
    tools_unavailable: "эта страница не может преобразовывать файлы",
    tools_could_not_start: "не удалось запустить инструменты обработки документов",
    tools_no_answer: "инструменты обработки документов не ответили",
    tools_failed: |reason| format!("сбой инструментов обработки документов: {reason}"),
    tools_timed_out: |seconds| {
        format!(
            "инструменты обработки документов не справились за {}",
            plural(seconds as usize, ["секунду", "секунды", "секунд"])
        )
    },
    download_failed: "браузер не смог создать файл",
    load_error,
    data_refusal,
    redirected_there: "(исходный адрес перенаправлял сюда)",
    address_error,
    problem,
    timed_out: |seconds| {
        format!(
            "Сервер ничего не присылал в течение {}, поэтому запрос остановлен.",
            plural(seconds as usize, ["секунды", "секунд", "секунд"])
        )
    },
    too_large: |size, limit| match size {
        Some(size) => format!(
            "Размер хронологии — {}, а эта страница принимает не более {}.",
            megabytes(size),
            megabytes(limit)
        ),
        None => format!(
            "Хронология превышает {} — предельный размер для этой страницы.",
            megabytes(limit)
        ),
    },
    received: |received, expected| match expected {
        Some(expected) => format!(
            "Получено {} из {}",
            megabytes(received),
            megabytes(expected)
        ),
        None => format!("Получено {}", megabytes(received)),
    },
    reading: |stage, done, total| match stage {
        0 => "Проверка данных…".to_owned(),
        1 => format!(
            "Чтение источников: {} из {}",
            number(done as u64),
            number(total as u64)
        ),
        2 => format!(
            "Чтение событий: {} из {}",
            number(done as u64),
            number(total as u64)
        ),
        _ => format!(
            "Сортировка {}…",
            plural(total, ["события", "событий", "событий"])
        ),
    },
    data_from: "Загружено с",
    not_published_here: "не опубликовано этим сайтом",
    opened_from_file: "Открыто из файла",
    events_skipped: |n| {
        plural(
            n,
            [
                "событие не удалось показать",
                "события не удалось показать",
                "событий не удалось показать",
            ],
        )
    },
    values_ignored: |n| {
        plural(
            n,
            [
                "значение не учтено",
                "значения не учтены",
                "значений не учтено",
            ],
        )
    },
    warnings: |n| {
        plural(
            n,
            [
                "предупреждение для редакторов",
                "предупреждения для редакторов",
                "предупреждений для редакторов",
            ],
        )
    },
    items_skipped: |n| {
        plural(
            n,
            [
                "источник или категорию пришлось пропустить",
                "источника или категории пришлось пропустить",
                "источников или категорий пришлось пропустить",
            ],
        )
    },
    event_count: |n| plural(n, ["событие", "события", "событий"]),
    newest_first: "Сначала новые",
    years_nav: "Годы",
    month_unknown: "Месяц неизвестен",
    approximately: "прибл.",
    date_range_separator: " – ",
    undisclosed: "не раскрыто",
    according_to: "по данным",
    location: "Место:",
    claim_by: "Заявляет:",
    disputed_by: "оспаривает:",
    contested: "Спорное утверждение",
    confidence_medium: "Средняя достоверность",
    confidence_low: "Низкая достоверность — проверьте перед использованием",
    sources_count: |n| format!("Источники ({})", number(n as u64)),
    open_at_passage: "Открыть на месте цитаты",
    open_source: "Открыть источник",
    title_inferred: "(название определено по адресу)",
    published: "опубликовано",
    source_updated: "обновлено",
    read_source_text: "Читать текст источника",
    notes: "Примечания редакции:",
    no_events: "В этой хронологии нет событий для показа.",
    showing_of: |shown, total| {
        format!(
            "Показано {} из {}",
            number(shown as u64),
            plural(total, ["события", "событий", "событий"])
        )
    },
    view_label: "Вид",
    view_timeline: "Шкала",
    view_list: "Список",
    filters: "Фильтры",
    search: "Поиск",
    search_placeholder: "Поиск по заголовкам, местам, тегам, источникам",
    date_from: "С",
    date_to: "По",
    lanes: "Категории",
    tags: "Теги",
    clear_filters: "Сбросить фильтры",
    timeline_label: "Шкала времени",
    timeline_help: "Стрелки — переход между событиями, Enter — открыть событие. Плюс и минус — \
        масштаб, Home и End — первое и последнее событие.",
    pan_earlier: "Раньше",
    pan_later: "Позже",
    zoom_in: "Приблизить",
    zoom_out: "Отдалить",
    fit_all: "Показать всё",
    cluster_label: |count, from, to| {
        let events = plural(count, ["событие", "события", "событий"]);
        if from == to {
            format!("{events}, {from}. Приблизьте")
        } else {
            format!("{events}, с {from} по {to}. Приблизьте")
        }
    },
    close: "Закрыть",
    today: "Сегодня",
    show_more: |n| format!("Показать ещё {}", number(n as u64)),
    nothing_matches: "Ни одно событие не соответствует этим фильтрам.",
    more_problems: |n| {
        format!(
            "Ещё {}",
            plural(
                n,
                [
                    "проблема не показана",
                    "проблемы не показаны",
                    "проблем не показано"
                ],
            )
        )
    },
    contested_only: "Только спорные утверждения",
    view_sources: "Источники",
    filter_publisher: "Издатель",
    source_count: |n| plural(n, ["источник", "источника", "источников"]),
    cited_by: |n| {
        plural(
            n,
            [
                "событие ссылается на него",
                "события ссылаются на него",
                "событий ссылаются на него",
            ],
        )
    },
    also_cited_by: "Также цитируется в событиях:",
    also_cited_more: |n| format!("и ещё {}", number(n as u64)),
    text_earlier: "Показать предыдущую часть текста",
    text_later: "Показать больше текста",
    cite: "Цитировать событие",
    copy_quote: "Копировать цитату",
    copied: "Скопировано",
    copy_failed: "Не удалось скопировать: текст выделен ниже, скопируйте его вручную",
    passage_count: |n| {
        if n == 1 {
            "фрагмент выделен".to_owned()
        } else {
            format!("фрагмент встречается {}", plural(n, ["раз", "раза", "раз"]))
        }
    },
    open_full_view: "Открыть всю шкалу времени ↗",
    wheel_hint: "Щёлкните по шкале времени или прокручивайте с нажатой клавишей Ctrl (⌘ на Mac), \
        чтобы изменить масштаб",
    embed: "Встроить",
    embed_heading: "Встроить этот вид",
    embed_help: "Вставьте код в свою статью. Он показывает именно этот вид: данные, фильтры, \
        выбранное событие и видимый период.",
    embed_height: "Высота в пикселях",
    embed_theme: "Цветовая схема",
    theme_auto: "Как в настройках читателя",
    theme_light: "Светлая",
    theme_dark: "Тёмная",
    embed_fixed: "Фиксированная высота",
    embed_responsive: "Подстраивается под содержимое (добавляет небольшой скрипт)",
    copy_code: "Копировать код",
    present: "Начать презентацию",
    print_handout: "Распечатать раздаточный материал",
    slide_counter: |n, total| format!("{n} / {total}"),
    presentation_label: "Презентация",
    previous_slide: "Предыдущий",
    next_slide: "Следующий",
    leave_presentation: "Выйти (Esc)",
    full_screen: "Во весь экран",
    presenter_view: "Режим докладчика",
    autoplay_playing: "показ идёт — любая клавиша или касание останавливает",
    autoplay_paused: "показ остановлен",
    go_to_slide: "Перейти к слайду",
    presentation_help: "→, Пробел или Page Down: следующий. ←, Shift+Пробел или Page Up: \
        предыдущий. Home, End: первый, последний. Номер и Enter: слайд с этим номером. Esc: \
        выход.",
    sources_heading: "Источники",
    overview_label: "Место этого события в хронологии",
    now_showing: "Сейчас на экране",
    up_next: "Далее",
    last_slide: "Это последний слайд.",
    elapsed: "Прошло",
    no_notes: "К этому событию нет примечаний редакции.",
    handout_events: |shown, total| {
        if shown == total {
            plural(total, ["событие", "события", "событий"])
        } else {
            format!(
                "{} из {} (с фильтрами)",
                number(shown as u64),
                plural(total, ["события", "событий", "событий"])
            )
        }
    },
    handout_span: |from, to| format!("{from} – {to}"),
    data_updated: "Данные обновлены:",
    live_news: |added, corrected, withdrawn, removed| {
        let new_events = if added > 0 {
            counted(
                Language::Russian,
                added,
                number,
                ["новое событие", "новых события", "новых событий"],
            )
        } else {
            String::new()
        };
        live_news_with(
            new_events,
            [
                (corrected, "исправлено: {n}"),
                (withdrawn, "отозвано: {n}"),
                (removed, "удалено: {n}"),
            ],
        )
    },
    live_show: "Показать",
    live_retrying: |seconds| {
        format!(
            "Не удалось проверить обновления; следующая попытка через {}",
            wait(seconds)
        )
    },
    live_every: |seconds| {
        format!(
            "В реальном времени: проверка обновлений каждые {}",
            wait(seconds)
        )
    },
    new_event: "Новое",
    corrected: "Исправлено",
    updated_on: |date| format!("Обновлено {date}"),
    withdrawn: "Отозвано",
    removed_from_data: "Удалено из данных после открытия страницы",
    show_withdrawn: "Показать отозванные",
    what_changed: "Что изменилось",
    before_change: "Было",
    after_change: "Сейчас",
    field_name: |field| match field {
        "start" => "Дата",
        "end" => "Окончание",
        "lane" => "Категория",
        "title" => "Заголовок",
        "summary" => "Описание",
        "location" => "Место",
        "figures" => "Цифры",
        "claim" => "Заявление",
        "sources" => "Источники",
        "confidence" => "Достоверность",
        "notes" => "Примечания",
        "correction" => "Исправление",
        _ => "Другое",
    },
    compiled_by: "Составитель:",
    printed_from: "Распечатано с",
};

/// Russian dates: "26 июня 2025", "июнь 2025", "44 до н. э.".
const CALENDAR: CalendarNames = CalendarNames {
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    day_months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    short_months: [
        "янв.",
        "февр.",
        "март",
        "апр.",
        "май",
        "июнь",
        "июль",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ],
    before_common_era: "до н. э.",
};

/// 1234567 → "1 234 567", with no-break spaces.
fn number(count: u64) -> String {
    grouped_with(count, '\u{a0}')
}

/// 12,345,678 bytes → "11,8 МБ".
fn megabytes(bytes: u64) -> String {
    format!("{} МБ", megabytes_with(bytes, ','))
}

/// "1 событие", "2 события", "5 событий": the forms after 1, after 2–4 and after the rest.
fn plural(count: usize, forms: [&str; 3]) -> String {
    counted(Language::Russian, count, number, forms)
}

/// Why a document could not be read at all.
fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Syntax {
            line,
            column,
            message,
        } => format!(
            "Данные не являются корректным JSON: {message} (строка {line}, столбец {column})."
        ),
        LoadError::NotJson { looks_like } => format!(
            "Данные не в формате JSON: похоже, это {}.",
            looks_like_in_words(looks_like)
        ),
        LoadError::NotAChronology { reason } => {
            format!("Этот JSON не является хронологией: {}.", problem(reason))
        }
        LoadError::UnsupportedVersion { found } => format!(
            "В документе указана format_version {found}; это приложение читает версию \
             {FORMAT_VERSION}."
        ),
    }
}

/// What a text that is not JSON looks like; a description this file does not know is shown
/// as it is.
fn looks_like_in_words(looks_like: &str) -> &str {
    match looks_like {
        "a document that was already read" => "документ, который уже прочитан",
        "binary data, not UTF-8 text" => "двоичные данные, а не текст в кодировке UTF-8",
        "an empty file" => "пустой файл",
        "an HTML or XML page" => "страница HTML или XML",
        other => other,
    }
}

/// Why the page does not load a chronology from an address.
fn data_refusal(refusal: &DataRefusal) -> String {
    match refusal {
        DataRefusal::NotAbsolute { address } => format!(
            "{address} — неполный веб-адрес (полный начинается с https://); данные по нему не \
             загружены."
        ),
        DataRefusal::Data => "Адрес data: содержит хронологию внутри самой ссылки, поэтому \
            невозможно установить, кто её опубликовал; она не загружена."
            .to_owned(),
        DataRefusal::Blob { address } => format!(
            "Адрес blob: указывает на данные, созданные внутри другой страницы, поэтому \
             невозможно установить, кто их опубликовал; {address} не загружается."
        ),
        DataRefusal::Script { address } => {
            format!("{address} — это скрипт, а не адрес хронологии; он не выполняется.")
        }
        DataRefusal::File { address } => format!(
            "{address} — файл на чьём-то собственном компьютере, к которому у веб-страницы нет \
             доступа; он не загружается."
        ),
        DataRefusal::OtherScheme { scheme, address } => format!(
            "{address} — адрес со схемой {scheme}:, а хронологии загружаются только с адресов \
             http и https."
        ),
        DataRefusal::Malformed { address, reason } => format!(
            "{address} нельзя использовать как веб-адрес: {}.",
            address_error(reason)
        ),
        DataRefusal::OtherSite { address, site } => format!(
            "Эта страница показывает хронологии только со своего сайта и с сайтов, которые \
             разрешил её издатель; {address} находится на {site}."
        ),
    }
}

/// Why an address cannot be used, in lower case, to follow the address in a sentence.
fn address_error(error: &AddressError) -> String {
    match error {
        AddressError::Empty => "адрес не указан".to_owned(),
        AddressError::NotAbsolute => {
            "это неполный адрес: он не начинается с http:// или https://".to_owned()
        }
        AddressError::NotWeb { scheme } => {
            format!("это адрес {}:, а не http или https", shorten(scheme))
        }
        AddressError::NoHost => "после схемы не указан сайт".to_owned(),
        AddressError::BadHost { host } => {
            format!("«{}» — недопустимое имя сайта", shorten(host))
        }
        AddressError::BadPort { port } => {
            format!("«{}» — не номер порта от 0 до 65535", shorten(port))
        }
        AddressError::NotAnOrigin => "источник (origin) состоит только из схемы, сайта и порта, \
            например https://data.example.org, без пути, запроса или имени пользователя"
            .to_owned(),
        AddressError::NotAscii { host } => format!(
            "запишите имя сайта «{}» в форме ASCII (xn--): именно её сравнивают браузеры",
            shorten(host)
        ),
    }
}

/// What is wrong with a value of a document, in lower case, to follow its path and a colon.
fn problem(message: &Message) -> String {
    match message {
        Message::TopLevelNotObject { found: what } => {
            format!("верхний уровень документа — {}, а не объект", found(what))
        }
        Message::NoEventsList => "нет списка \"events\"".to_owned(),
        Message::EventsNotList { found: what } => {
            format!("\"events\" — {}, а не список", found(what))
        }
        Message::LoneSurrogate => "содержит одиночный суррогат UTF-16 (часто это обрезанный \
            эмодзи); он прочитан как \u{fffd}"
            .to_owned(),
        Message::MoreLoneSurrogates { count } => format!(
            "ещё {} как \u{fffd}, как и выше",
            plural(
                *count,
                [
                    "одиночный суррогат UTF-16 прочитан",
                    "одиночных суррогата UTF-16 прочитаны",
                    "одиночных суррогатов UTF-16 прочитаны",
                ]
            )
        ),
        Message::TooManyEvents {
            limit,
            left_out,
            total,
        } => format!(
            "это приложение показывает не более {}, поэтому отсюда до конца файла пропущено {} \
             из {}",
            plural(*limit, ["события", "событий", "событий"]),
            plural(*left_out, ["событие", "события", "событий"]),
            number(*total as u64)
        ),
        Message::VersionMissing { version } => {
            format!("поле отсутствует; документ прочитан по версии {version}")
        }
        Message::NumberTooLarge { number } => {
            format!("{number} — слишком большое число, поэтому оно не учтено")
        }
        Message::TooDeep => "вложенность больше 128 уровней, поэтому значение не учтено".to_owned(),
        Message::Unreadable { detail } => {
            format!("не удалось прочитать ({detail}), поэтому значение не учтено")
        }
        Message::UnknownField => {
            "такого поля нет в формате событий, поэтому оно не учтено".to_owned()
        }
        Message::Missing => "поле отсутствует".to_owned(),
        Message::Empty => "значение пустое".to_owned(),
        Message::WrongKind {
            found: what,
            expected: wanted,
        } => format!("это {}, а ожидается {}", found(what), expected(*wanted)),
        Message::NoTextInAnyLanguage => "нет текста ни на одном языке".to_owned(),
        Message::NotALanguageTag { tag } => {
            format!("«{tag}» не является тегом языка, например \"en\" или \"uk\"")
        }
        Message::NotADate { text, error } => format!("«{text}» {}", date_error(*error)),
        Message::ErasNotList { found: what } => {
            format!(
                "это {}, а не список, поэтому эпохи не показаны",
                found(what)
            )
        }
        Message::LanesNotList { found: what } => format!(
            "это {}, а не список; используются категории по умолчанию",
            found(what)
        ),
        Message::EndBeforeStart { start, end } => {
            format!("«{end}» раньше начала «{start}»")
        }
        Message::DuplicateEventId { id, first } => format!(
            "«{id}» уже является идентификатором events[{first}]; идентификаторы должны быть \
             уникальными"
        ),
        Message::DuplicateLaneId { id } => {
            format!("«{id}» уже является идентификатором другой категории")
        }
        Message::DuplicateSourceId { id } => {
            format!("«{id}» уже является идентификатором другого источника")
        }
        Message::UnusableId { id } => format!(
            "«{id}» не подходит как идентификатор: допускается до 200 символов без пробелов"
        ),
        Message::UnknownLane { lane, known } => {
            format!(
                "категории «{lane}» в документе нет (есть: {})",
                listed(known)
            )
        }
        Message::NotOneOf { word, choices } => {
            format!("«{word}» — недопустимое значение (допустимые: {choices})")
        }
        Message::UnknownSource { id } => format!("источника с идентификатором «{id}» нет"),
        Message::OutOfDegrees { number, limit } => {
            format!("{number} вне диапазона −{limit}…{limit} градусов")
        }
        Message::EmptyClaim => {
            "не указаны ни заявитель, ни оспаривающая сторона, ни примечание".to_owned()
        }
        Message::LinkHasSpaces { link } => {
            format!("«{link}» не является ссылкой: содержит пробелы")
        }
        Message::NotASafeLink { link } => {
            format!("«{link}» не является ссылкой http(s) или mailto, поэтому не показывается")
        }
        Message::MediaNotHttp { link } => {
            format!("«{link}» не является ссылкой http(s), поэтому не показывается")
        }
        Message::UnknownMediaKind { word, choices } => format!(
            "«{word}» — недопустимое значение (допустимые: {choices}); тип определён по ссылке"
        ),
        Message::MediaKindNotWord { found: what } => format!(
            "это {}, а не тип медиа; тип определён по ссылке",
            found(what)
        ),
        Message::ImageWithoutAlt => "у изображения нет альтернативного текста (\"alt\"): \
            опишите, что на нём, для читателей, которые не могут его увидеть"
            .to_owned(),
        Message::CitesNoSource { id } => {
            format!("событие «{id}» не ссылается ни на один источник")
        }
        Message::CitesOnlyWeakSources { id, publishers } => format!(
            "событие «{id}» ссылается только на агрегаторы или репосты ({})",
            listed(publishers)
        ),
        Message::NoPublicationDate { id, note } if note.is_empty() => {
            format!("у источника «{id}» нет даты публикации")
        }
        Message::NoPublicationDate { id, note } => {
            format!("у источника «{id}» нет даты публикации ({note})")
        }
        Message::QuoteNotInText { id } => {
            format!("цитата источника «{id}» не найдена в его тексте")
        }
        Message::SheetMissingColumn { column } => {
            format!("в строке заголовков нет столбца «{column}»")
        }
        Message::FileNotText => "это не текстовый файл: откройте документ JSON или таблицу CSV, \
            сохранённую в кодировке UTF-8"
            .to_owned(),
        Message::UnknownFormat => "это приложение не читает такой формат: оно открывает JSON \
            этого приложения, JSON TimelineJS, файлы iCalendar и таблицы, сохранённые в формате \
            CSV: шаблон TimelineJS (Year, Month, Day, Headline …), экспорт ACLED (event_id_cnty, \
            event_date …) или таблицу со столбцами id, date, category и headline"
            .to_owned(),
        Message::QuoteNeverClosed => {
            "поле в кавычках не закрыто: нет закрывающей двойной кавычки".to_owned()
        }
        Message::FileEmpty => "файл пустой".to_owned(),
        Message::CalendarWithoutEvents => "в календаре нет событий (VEVENT)".to_owned(),
        Message::EventWithoutStart => "у события нет DTSTART".to_owned(),
        Message::NotACalendarDate { text } => {
            format!("«{text}» не является датой или временем UTC в формате iCalendar")
        }
        Message::TimelineWithoutEvents => {
            "в документе TimelineJS должен быть список \"events\"".to_owned()
        }
        Message::EraWithoutDates => "для эпохи нужны даты начала и конца".to_owned(),
        Message::EraWithoutHeadline => "чтобы показать эпоху, нужен заголовок".to_owned(),
        Message::NotAPeriod { start, end } => {
            format!("«{start}» и «{end}» не образуют период")
        }
        Message::TimeWithoutZone { time } => format!(
            "время {time} указано без часового пояса, поэтому событие привязано только к дню"
        ),
        Message::HtmlDropped { tags, attributes } => {
            let mut dropped = Vec::new();
            if *tags > 0 {
                dropped.push(plural(*tags, ["тег", "тега", "тегов"]));
            }
            if *attributes > 0 {
                dropped.push(plural(*attributes, ["атрибут", "атрибута", "атрибутов"]));
            }
            format!(
                "удалена разметка HTML ({}): сохранены только текст, абзацы и ссылки",
                dropped.join(" и ")
            )
        }
        Message::NotShownYet { field } => {
            format!("поле {field} это приложение пока не показывает, поэтому оно пропущено")
        }
        Message::NotAWholeNumber { part, text } => {
            format!("{part} «{text}» не является целым числом")
        }
        Message::DateNotAnObject => {
            "дата должна быть объектом с годом, например {\"year\": 2022}".to_owned()
        }
        Message::DateWithoutYear => "в дате не указан год".to_owned(),
        Message::DayWithoutMonth => "в дате указан день, но не указан месяц".to_owned(),
        Message::YearTooFar { year } => {
            format!("год {year} — слишком далеко от нашей эры для календаря с днями и месяцами")
        }
        Message::YearOutOfRange { year } => format!(
            "год {year} вне диапазона лет, которые показывает это приложение (от -9999 до 9999)"
        ),
        Message::NotAPrecision { precision, choices } => {
            format!("«{precision}» — недопустимое значение (допустимые: {choices})")
        }
        Message::PrecisionMismatch { precision, date } => {
            format!("«{precision}» не соответствует дате «{date}»")
        }
        Message::NotAnAcledPrecision { value } => {
            format!("значение time_precision должно быть 1, 2 или 3, а не «{value}»")
        }
        Message::NotAnAcledDate { text } => {
            format!("«{text}» не является датой (ожидается 2024-02-24 или 24 February 2024)")
        }
        Message::AmbiguousDate {
            text,
            first,
            second,
        } => format!(
            "«{text}» можно прочитать как {first} или как {second}: запишите дату в формате \
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
        Found::Object => "объект".to_owned(),
    }
}

/// What belongs where a value of the wrong kind was found, after "ожидается".
fn expected(expected: Expected) -> String {
    match expected {
        Expected::Object => "объект",
        Expected::Text => "текст",
        Expected::Flag => "true или false",
        Expected::List => "список",
        Expected::Tag => "тег",
        Expected::SourceId => "идентификатор источника",
        Expected::Degrees => "число градусов",
        Expected::FigureValue => "число или \"undisclosed\"",
        Expected::Withdrawal => "true или причина текстом",
        Expected::PollSeconds => "целое число секунд от 5 до 86400",
    }
    .to_owned()
}

/// Why a text is not a date, to follow the text.
fn date_error(error: DateError) -> String {
    match error {
        DateError::Shape => {
            "не является датой (ожидается YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM+HH:MM)"
        }
        DateError::NoSuchDate => "не является датой: такого дня в календаре нет",
        DateError::TooFar => {
            "— слишком далеко от нашей эры для календаря с днями и месяцами (годы от -9999 до \
             9999)"
        }
    }
    .to_owned()
}

/// A list of names made for a message, with its English tail " … and 3 more" in Russian;
/// any other text as it is.
fn listed(names: &str) -> String {
    let more = names.rsplit_once(" … and ").and_then(|(shown, tail)| {
        let count = tail.strip_suffix(" more")?.parse::<u64>().ok()?;
        Some(format!("{shown} … и ещё {}", number(count)))
    });
    more.unwrap_or_else(|| names.to_owned())
}

/// A wait in seconds, in this language's units.
fn wait(seconds: u32) -> String {
    wait_with(seconds, ["с", "мин", "ч"])
}
