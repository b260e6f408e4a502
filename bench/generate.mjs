/**
 * A deterministic corpus of call-centre transcripts for the benchmark.
 *
 *   node bench/generate.mjs            (BENCH_FILES=20000 BENCH_SEED=20261123 by default)
 *
 * Files: bench/corpus/<lang>/<day>/call-<n>.txt — plain "Speaker: text" transcripts, one turn a
 * line, ~50 % Russian, ~30 % Chinese (a third of them in Traditional characters), ~20 % English,
 * 40–80 turns each, some with "[mm:ss]" times. Agent and customer sentences are drawn from banks
 * of ordinary call-centre lines (greeting, needs, information, decision, farewell) that break no
 * shipped rule; violations are then planted at a known rate in agent turns, from the phrases the
 * shipped rules list (docs/shipped-packs), with word-form, filler and case variants. The same
 * phrases are also planted in some customer turns as controls: speaker scoping must leave them.
 *
 * Ground truth: bench/corpus/.meta/manifest.json lists per file the 1-based line and rule id of every
 * plant and control. The corpus is reused when bench/corpus/.meta/params.json matches the parameters
 * and the hash of this generator (delete bench/corpus to force a rebuild).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { mulberry32 } from './prng.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(HERE, 'corpus');

// ------------------------------------------------------------------------------------------
// Seeded PRNG: bench/prng.mjs (the same seed gives the same corpus on every machine).

// ------------------------------------------------------------------------------------------
// Sentence banks. {name} {company} {num} {date} {time} {amount} {city} {product} are filled in.

const RU = {
  agentLabel: ['Оператор', 'Оператор', 'Специалист', 'Консультант'],
  customerLabel: ['Клиент', 'Клиент', 'Абонент'],
  names: ['Анна', 'Мария', 'Елена', 'Ольга', 'Дмитрий', 'Алексей', 'Сергей', 'Наталья', 'Ирина', 'Павел', 'Юлия', 'Артём'],
  companies: ['Ромашка', 'Телеком Плюс', 'Северный банк', 'ДомСтрой', 'Быстрая доставка', 'Энергосбыт'],
  cities: ['Москва', 'Казань', 'Новосибирск', 'Екатеринбург', 'Самара', 'Воронеж', 'Пермь', 'Тула'],
  products: ['тариф «Оптимальный»', 'кредитная карта', 'домашний интернет', 'страховой полис', 'подписка «Премиум»', 'ипотечный договор', 'электронный счёт'],
  greeting: [
    'Здравствуйте! Компания «{company}», меня зовут {name}. Чем могу помочь?',
    'Добрый день! Вы позвонили в компанию «{company}», с вами говорит {name}. Слушаю вас.',
    'Доброе утро, компания «{company}», оператор {name}. Чем я могу вам помочь?',
    'Добрый вечер! «{company}», меня зовут {name}, чем могу быть полезна?',
  ],
  need: [
    'Подскажите, пожалуйста, номер вашего договора.',
    'Назовите, пожалуйста, фамилию, имя и отчество владельца договора.',
    'Уточните, пожалуйста, в каком городе вы находитесь.',
    'Правильно ли я понимаю, что вопрос касается последнего платежа?',
    'Подскажите, когда вы заметили эту проблему?',
    'Скажите, пожалуйста, с какого номера оформлялась заявка?',
    'Для подтверждения личности назовите дату рождения.',
    'Уточните, пожалуйста, удобный для вас адрес доставки.',
    'Какой способ связи для вас наиболее удобен?',
    'Вы обращались к нам по этому вопросу ранее?',
  ],
  info: [
    'Сейчас проверю информацию по вашему договору, одну минуту.',
    'Я вижу, что платёж на сумму {amount} рублей поступил {date}.',
    'Ваш заказ номер {num} передан в службу доставки и будет у вас {date}.',
    'По вашему адресу в городе {city} подключение доступно с {date}.',
    'Стоимость услуги «{product}» составляет {amount} рублей в месяц.',
    'Заявка номер {num} зарегистрирована, срок рассмотрения три рабочих дня.',
    'Спасибо за ожидание, я проверила данные по вашему счёту.',
    'Курьер приедет {date} с {time} до вечера и заранее позвонит.',
    'Баланс вашего лицевого счёта на сегодня составляет {amount} рублей.',
    'Продукт «{product}» можно оформить в мобильном приложении или в отделении.',
    'Я оформила обращение номер {num}, ответ придёт в течение суток.',
    'В городе {city} ближайшее отделение работает с девяти до двадцати.',
    'Задолженность по договору отсутствует, все платежи внесены вовремя.',
    'Перерасчёт будет выполнен автоматически в следующем расчётном периоде.',
    'Ваши данные успешно обновлены, изменения вступят в силу {date}.',
    'Бонусы начисляются в течение пяти дней после оплаты покупки.',
    'Я отправила вам ссылку для оплаты в сообщении на указанный номер.',
    'Мастер сможет приехать {date} в {time}, вам удобно это время?',
  ],
  decision: [
    'Могу предложить оформить заявку прямо сейчас, это займёт пару минут.',
    'Предлагаю перенести доставку на удобную для вас дату.',
    'Я могу подключить для вас услугу «{product}» со скидкой на первый месяц.',
    'Давайте я оформлю возврат средств на вашу карту.',
    'Вы согласны с таким решением?',
    'Я зафиксировала ваше согласие, заявка номер {num} оформлена.',
    'Оформляю замену оборудования, мастер свяжется с вами заранее.',
  ],
  closing: [
    'Могу ли я ещё чем-то помочь? Спасибо за обращение, всего доброго!',
    'Спасибо за звонок в компанию «{company}». Хорошего дня!',
    'Рада была помочь. До свидания, всего доброго!',
    'Благодарю за обращение, хорошего вечера!',
  ],
  customer: [
    'Здравствуйте, у меня вопрос по договору.',
    'Добрый день, я хотел бы узнать про {product}.',
    'Мне пришёл счёт на {amount} рублей, хочу разобраться.',
    'Номер договора {num}.',
    'Я живу в городе {city}.',
    'Да, всё верно.',
    'Понятно, спасибо.',
    'А когда приедет курьер?',
    'Можно ли оплатить картой при получении?',
    'Хорошо, меня это устраивает.',
    'Подождите, сейчас найду документы.',
    'Интернет пропадает каждый вечер, это очень неудобно.',
    'А сколько это будет стоить?',
    'Давайте так и сделаем.',
    'Нет, других вопросов у меня нет.',
    'Мне удобно {date} после обеда.',
    'Слушайте, я уже третий раз звоню по этому поводу!',
    'Спасибо, до свидания.',
    'Повторите, пожалуйста, сумму.',
    'А можно это сделать через приложение?',
  ],
  // Phrases the shipped rules list, each a whole agent sentence with the phrase in it.
  plants: {
    'ru/no-dont-know': ['Я не знаю, когда придёт курьер.', 'Мы не знаем точных сроков ремонта.', 'Я, честно говоря, не знаю, что с вашим заказом.', 'Понятия не имею, где ваша посылка.', 'К сожалению, мне это неизвестно.', 'Не знаю, уточните на сайте.', 'Я не в курсе, что там с платежом.'],
    'ru/no-not-my-job': ['Это не ко мне, звоните в другой отдел.', 'Это не моё дело, решайте сами.', 'Это не моя обязанность.', 'Я этим не занимаюсь.'],
    'ru/no-pressure': ['Вы должны прислать копию паспорта.', 'Вам нужно приехать в отделение лично.', 'Вы обязаны оплатить долг до пятницы.', 'Вам нужна справка о доходах.'],
    'ru/formal-address': ['Ты можешь подождать минуту?', 'Я тебе сейчас всё объясню.', 'Твой заказ уже в пути.', 'Скажи, тебя устроит доставка завтра?'],
    'ru/no-slang': ['Щас посмотрю, одну минуту.', 'Всё норм, платёж прошёл.', 'Ок, записала.', 'Чё-то не вижу вашу заявку.'],
    'ru/no-arguing': ['Вы не правы, деньги списались верно.', 'Вы ошибаетесь, заявки не было.', 'Вы неправильно поняли условия тарифа.', 'Это ваша проблема, а не наша.'],
    'ru/agent-calls-back': ['Перезвоните позже, система не работает.', 'Позвоните завтра, будет специалист.', 'Наберите нас позже, пожалуйста.'],
    'ru/avoid-negative-forms': ['Нет, так сделать нельзя.', 'Это невозможно по условиям договора.', 'Мы никогда не возвращаем деньги наличными.'],
  },
};

const ZH = {
  agentLabel: ['客服', '客服', '坐席'],
  customerLabel: ['客户', '客户', '顾客'],
  // Traditional files keep labels that read the same in both scripts.
  agentLabelT: ['客服'],
  customerLabelT: ['客人'],
  names: ['小王', '小李', '张敏', '刘洋', '陈静', '王芳', '李娜', '赵磊', '周婷', '吴强'],
  companies: ['平安保险', '顺达快递', '星辰电信', '华夏银行', '海天家电', '东方航空'],
  cities: ['北京', '上海', '广州', '深圳', '成都', '杭州', '武汉', '西安'],
  products: ['宽带套餐', '信用卡', '意外保险', '会员服务', '积分计划', '分期业务'],
  greeting: [
    '您好，欢迎致电{company}，我是{name}，请问有什么可以帮您？',
    '您好，这里是{company}客服中心，工号{num}，很高兴为您服务。',
    '上午好，感谢您致电{company}，我叫{name}，请问有什么可以帮您？',
  ],
  need: [
    '请您提供一下订单号码。',
    '麻烦您报一下身份证后四位。',
    '请问您是在哪个城市办理的业务？',
    '请问您是想咨询{product}的哪方面问题？',
    '请问问题是从什么时候开始出现的？',
    '请您核对一下预留的手机号码。',
    '请问您方便留一个联系电话吗？',
  ],
  info: [
    '我这边帮您查询一下，请稍等。',
    '感谢您的耐心等待，已经为您查到了。',
    '您的订单{num}已经发货，预计{date}送达。',
    '您在{city}的宽带可以在{date}安装。',
    '{product}的月费是{amount}元，包含全部基础服务。',
    '您的账户余额目前是{amount}元。',
    '工单{num}已经登记，三个工作日内会有专人联系您。',
    '这笔款项已于{date}到账，请您放心。',
    '快递员会在{date}上午{time}左右上门，并提前电话联系您。',
    '积分会在付款后五天内到账。',
    '我已经把付款链接通过短信发送给您了。',
    '维修师傅可以在{date}下午上门，您看时间方便吗？',
    '您的资料已经更新成功，{date}起生效。',
    '{city}的营业厅工作时间是早上九点到晚上八点。',
  ],
  decision: [
    '我可以为您办理退款，款项会退回原支付账户。',
    '建议您改为{product}，每月可以节省一些费用。',
    '我现在就为您提交申请，大约需要两分钟。',
    '这样处理您看可以吗？',
    '已经为您登记了更换设备的申请。',
  ],
  closing: [
    '请问还有其他可以帮您的吗？感谢您的来电，再见！',
    '感谢您的来电，祝您生活愉快，再见！',
    '很高兴为您服务，祝您一切顺利，再见。',
  ],
  customer: [
    '你好，我想咨询一下{product}。',
    '我的订单号是{num}。',
    '我在{city}。',
    '好的，明白了。',
    '是的，没错。',
    '快递什么时候能到？',
    '这个要多少钱？',
    '可以用信用卡付款吗？',
    '我已经打了三次电话了！',
    '网络每天晚上都断，太麻烦了。',
    '那就这么办吧。',
    '我想改一下收货地址。',
    '谢谢，没有其他问题了。',
    '请再说一遍金额。',
    '能不能在手机上办理？',
  ],
  plants: {
    'zh/no-dont-know': ['这个我不知道。', '我不清楚具体什么时候到。', '我也不晓得是怎么回事。', '不知道，您自己去网上查吧。'],
    'zh/no-not-my-job': ['这不归我管。', '这不是我负责的事情。', '这不关我的事。'],
    'zh/no-must': ['您必须先填写投保单。', '您必须本人到营业厅办理。'],
    'zh/polite-you': ['你稍等一下。', '你的订单已经取消了。', '你们需要提供证明。'],
    'zh/no-flat-refusal': ['不行，这个办不了。', '这个不可以退。', '没办法，系统就是这样。'],
    'zh/no-rules-talk': ['这是公司规定，我也没办法。', '按规定只能退一半。'],
    'zh/no-blind-promise': ['保证没问题，您放心。', '肯定没问题的。'],
  },
};

const EN = {
  agentLabel: ['Agent', 'Agent', 'Operator'],
  customerLabel: ['Customer', 'Customer', 'Caller'],
  names: ['Emma', 'Olivia', 'James', 'Liam', 'Sophia', 'Noah', 'Mia', 'Lucas', 'Ava', 'Ethan'],
  companies: ['Acme Telecom', 'Northwind Bank', 'BlueSky Energy', 'Swift Parcel', 'HomeCare Insurance'],
  cities: ['Leeds', 'Bristol', 'Dublin', 'Toronto', 'Sydney', 'Denver', 'Austin', 'Glasgow'],
  products: ['the Unlimited plan', 'a credit card', 'home broadband', 'travel insurance', 'the Premium membership', 'a savings account'],
  greeting: [
    'Good morning, thank you for calling {company}, my name is {name}. How can I help you today?',
    'Hello, you have reached {company}, this is {name} speaking. How may I help you?',
    'Good afternoon, {company}, {name} speaking. What can I do for you?',
  ],
  need: [
    'Could you give me your account number, please?',
    'May I have your full name and date of birth?',
    'Which city are you calling from?',
    'When did you first notice the problem?',
    'Could you confirm the phone number on the account?',
    'Is this about the payment made last week?',
    'Which address would you like the parcel delivered to?',
  ],
  info: [
    'Let me check that for you, one moment please.',
    'Thank you for waiting, I have found your order.',
    'Your order {num} was dispatched and should arrive on {date}.',
    'The payment of {amount} dollars reached your account on {date}.',
    'In {city} the installation can be done from {date}.',
    '{product} costs {amount} dollars a month, all fees included.',
    'Your current balance is {amount} dollars.',
    'I have logged ticket {num}, and a specialist will contact you within three working days.',
    'The courier will come on {date} around {time} and will call ahead.',
    'Points are added to your account within five days of payment.',
    'I have sent the payment link to your phone by text message.',
    'An engineer can visit on {date} in the afternoon, would that suit you?',
    'Your details have been updated and the change takes effect on {date}.',
    'The branch in {city} is open from nine to six on weekdays.',
  ],
  decision: [
    'I can arrange a refund to your original payment method.',
    'I would suggest switching to {product}, which would save you some money.',
    'I will submit the request right now, it takes about two minutes.',
    'Would that work for you?',
    'I have booked the replacement, and the engineer will call you beforehand.',
  ],
  closing: [
    'Is there anything else I can help with? Thank you for calling, have a great day!',
    'Thanks for calling {company}, take care and goodbye.',
    'It was a pleasure to help. Have a nice evening, goodbye!',
  ],
  customer: [
    'Hi, I have a question about my bill.',
    'I would like to ask about {product}.',
    'My account number is {num}.',
    "I'm calling from {city}.",
    'Yes, that is right.',
    'Okay, thanks.',
    'When will the courier come?',
    'How much will that cost?',
    'Can I pay by card?',
    "I've called three times already about this!",
    'The internet drops every evening, it is really annoying.',
    "Let's do that.",
    "No, that's all, thank you.",
    'Could you repeat the amount?',
    'Can I do this in the app?',
  ],
  plants: {
    'en/no-dont-know': ["I don't know when the courier will come.", 'I have no idea where your parcel is.', "We don't know the exact date yet.", "Honestly, I don't know."],
    'en/no-not-my-job': ["That's not my job, call the other team.", 'Sorry, that is not my department.', "It's not my problem."],
    'en/no-pressure': ['You must send us a copy of your ID.', 'You have to visit the branch in person.', 'You need to pay the balance first.'],
    'en/avoid-negative-forms': ["No, we can't do that.", 'That is impossible with this plan.', 'We never refund in cash.'],
  },
};

const LANG_BANKS = { ru: RU, zh: ZH, en: EN };

// ------------------------------------------------------------------------------------------

export const DEFAULTS = { files: 20000, seed: 20261123 };
/** Share of agent turns (besides greeting/closing) that get a planted violation. */
const PLANT_RATE = 0.05;
/** Share of customer turns that get a control phrase (must not be flagged). */
const CONTROL_RATE = 0.02;

export function corpusParams(env = process.env) {
  const files = env.BENCH_FILES ? Number(env.BENCH_FILES) : DEFAULTS.files;
  const seed = env.BENCH_SEED ? Number(env.BENCH_SEED) : DEFAULTS.seed;
  if (!Number.isInteger(files) || files < 1) throw new Error(`BENCH_FILES must be a whole number ≥ 1, got ${env.BENCH_FILES}`);
  const generator = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
  return { files, seed, generator };
}

function pad(n, w) {
  return String(n).padStart(w, '0');
}

/** Generates (or reuses) the corpus; returns the manifest. */
export function ensureCorpus(params = corpusParams(), log = (s) => process.stderr.write(s + '\n')) {
  const paramsFile = join(CORPUS_DIR, '.meta', 'params.json');
  const manifestFile = join(CORPUS_DIR, '.meta', 'manifest.json');
  const wanted = JSON.stringify(params);
  if (existsSync(paramsFile) && existsSync(manifestFile) && readFileSync(paramsFile, 'utf8') === wanted) {
    log(`corpus: reusing bench/corpus (${params.files} files, seed ${params.seed})`);
    return JSON.parse(readFileSync(manifestFile, 'utf8'));
  }
  log(`corpus: generating ${params.files} files (seed ${params.seed}) into bench/corpus …`);
  const t0 = performance.now();
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(join(CORPUS_DIR, '.meta'), { recursive: true });
  const rand = mulberry32(params.seed);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const tradCache = new Map();
  const trad = (s) => {
    let t = tradCache.get(s);
    if (t === undefined) {
      t = toTraditional(s);
      tradCache.set(s, t);
    }
    return t;
  };

  const files = [];
  const plantedTotals = {};
  const controlTotals = {};
  let bytes = 0;
  for (let n = 0; n < params.files; n++) {
    const r = rand();
    const lang = r < 0.5 ? 'ru' : r < 0.8 ? 'zh' : 'en';
    const bank = LANG_BANKS[lang];
    const traditional = lang === 'zh' && rand() < 1 / 3;
    const timed = rand() < 0.2;
    const fill = (s, agentName, company) =>
      s
        .replace(/\{name\}/g, agentName)
        .replace(/\{company\}/g, company)
        .replace(/\{num\}/g, () => String(int(10000, 99999999)))
        .replace(/\{amount\}/g, () => String(int(100, 99999)))
        .replace(/\{date\}/g, () => (lang === 'ru' ? `${int(1, 28)}.${pad(int(1, 12), 2)}` : lang === 'zh' ? `${int(1, 12)}月${int(1, 28)}日` : `${int(1, 28)}/${int(1, 12)}`))
        .replace(/\{time\}/g, () => `${int(9, 19)}:${pad(int(0, 5) * 10, 2)}`)
        .replace(/\{city\}/g, () => pick(bank.cities))
        .replace(/\{product\}/g, () => pick(bank.products));
    const agentLabel = traditional ? pick(bank.agentLabelT) : pick(bank.agentLabel);
    const customerLabel = traditional ? pick(bank.customerLabelT) : pick(bank.customerLabel);
    const agentName = pick(bank.names);
    const company = pick(bank.companies);
    const turns = int(40, 80);
    const lines = [];
    const plants = [];
    const controls = [];
    const plantRules = Object.keys(bank.plants);
    let clock = int(0, 5);
    for (let t = 0; t < turns; t++) {
      const agent = t % 2 === 0;
      let text;
      let plant = null;
      if (agent) {
        if (t === 0) text = fill(pick(bank.greeting), agentName, company);
        else if (t >= turns - 2) text = fill(pick(bank.closing), agentName, company);
        else {
          const phase = t / turns;
          const pool = phase < 0.25 ? bank.need : phase < 0.75 ? bank.info : bank.decision;
          const sentences = [fill(pick(pool), agentName, company)];
          if (rand() < 0.85) sentences.push(fill(pick(bank.info), agentName, company));
          if (rand() < 0.45) sentences.push(fill(pick(bank.info), agentName, company));
          if (rand() < PLANT_RATE) {
            const rule = pick(plantRules);
            plant = rule;
            sentences.splice(int(0, sentences.length), 0, pick(bank.plants[rule]));
          }
          text = sentences.join(lang === 'zh' ? '' : ' ');
        }
      } else {
        const sentences = [fill(pick(bank.customer), agentName, company)];
        if (rand() < 0.7) sentences.push(fill(pick(bank.customer), agentName, company));
        if (rand() < CONTROL_RATE) {
          const rule = pick(plantRules);
          plant = rule;
          sentences.push(pick(bank.plants[rule]));
        }
        text = sentences.join(lang === 'zh' ? '' : ' ');
      }
      if (traditional) text = trad(text);
      const label = agent ? agentLabel : customerLabel;
      const colon = lang === 'zh' ? '：' : ': ';
      clock += int(3, 25);
      const prefix = timed ? `[${pad(Math.floor(clock / 60), 2)}:${pad(clock % 60, 2)}] ` : '';
      lines.push(prefix + label + colon + text);
      if (plant !== null) {
        const entry = [lines.length, plant];
        if (agent) {
          plants.push(entry);
          plantedTotals[plant] = (plantedTotals[plant] ?? 0) + 1;
        } else {
          controls.push(entry);
          controlTotals[plant] = (controlTotals[plant] ?? 0) + 1;
        }
      }
    }
    const day = pad((n % 30) + 1, 2);
    const rel = `${lang}/${day}/call-${pad(n, 5)}.txt`;
    const abs = join(CORPUS_DIR, rel);
    mkdirSync(dirname(abs), { recursive: true });
    const content = lines.join('\n') + '\n';
    const buf = Buffer.from(content, 'utf8');
    writeFileSync(abs, buf);
    bytes += buf.length;
    files.push({ path: rel, lang, traditional, bytes: buf.length, plants, controls });
  }
  const manifest = { params, files: files.length, bytes, planted: plantedTotals, controls: controlTotals, entries: files };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  writeFileSync(paramsFile, wanted);
  log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureCorpus();
