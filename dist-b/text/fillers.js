/**
 * Words that start a new clause. A slot ({…}) ends before them even where the text has no
 * punctuation (ASR output), so «вы должны заполнить заявление а потом ждать» keeps «заполнить
 * заявление» for the suggestion. Written normalised.
 */
export const CLAUSE_WORDS = [
    'а', 'но', 'потому что', 'если', 'когда', 'чтобы', 'иначе', 'а потом', 'и потом', 'после этого',
    'but', 'because', 'if', 'when', 'otherwise', 'and then', 'so that',
    '然后', '但是', '可是', '因为', '如果', '所以', '否则', '不然', '之后',
];
export const DEFAULT_FILLERS = {
    ru: [
        'ну', 'вот', 'э', 'ээ', 'эээ', 'эм', 'ммм', 'мм', 'как бы', 'типа', 'короче', 'в общем',
        'это самое', 'значит', 'так сказать', 'честно говоря', 'собственно', 'кстати', 'просто',
        'вообще-то', 'же', 'уж', 'ведь', 'вообще', 'пожалуй', 'к сожалению', 'сейчас', 'пока',
        'конечно', 'наверное', 'видимо', 'там', 'тут', 'вот это',
        // parenthetical words said to the listener ("это, знаете, не ко мне", "перезвоните, пожалуйста, позже")
        'знаете', 'понимаете', 'слушайте', 'смотрите', 'пожалуйста',
        // intensifiers that do not change what is said ("я правда не знаю", "вы обязательно должны")
        'правда', 'действительно', 'точно', 'обязательно', 'прямо',
    ],
    zh: ['嗯', '啊', '呃', '额', '那个', '这个', '就是', '然后', '其实', '吧', '呢', '哦', '噢', '真的', '现在', '目前', '暂时', '也', '都', '还', '确实'],
    en: [
        'um', 'uh', 'er', 'erm', 'uhm', 'hmm', 'like', 'you know', 'i mean', 'well', 'actually',
        'honestly', 'really', 'just', 'so', 'basically', 'to be honest', 'sort of', 'kind of',
        'unfortunately', 'right now', 'currently', 'definitely', 'certainly', 'simply',
    ],
};
