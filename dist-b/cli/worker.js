import { createRequire as __talklintCreateRequire } from 'node:module';
const require = __talklintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, linuxPalette, csi, escape, pattern;
var init_ansi_regex = __esm({
  "node_modules/ansi-regex/index.js"() {
    ST = String.raw`(?:\u001B\u005C|\u009C)`;
    stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
    osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
    controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
    linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
    csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
    escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
    pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
  }
});

// node_modules/strip-ansi/index.js
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esm({
  "node_modules/strip-ansi/index.js"() {
    init_ansi_regex();
    regex = ansiRegex();
  }
});

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint, ambiguousMaximumCodePoint, ambiguousRanges, fullwidthMinimalCodePoint, fullwidthMaximumCodePoint, fullwidthRanges, wideMinimalCodePoint, wideMaximumCodePoint, wideRanges;
var init_lookup_data = __esm({
  "node_modules/get-east-asian-width/lookup-data.js"() {
    ambiguousMinimalCodePoint = 161;
    ambiguousMaximumCodePoint = 1114109;
    ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
    fullwidthMinimalCodePoint = 12288;
    fullwidthMaximumCodePoint = 65510;
    fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint = 4352;
    wideMaximumCodePoint = 262141;
    wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
  }
});

// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities = __esm({
  "node_modules/get-east-asian-width/utilities.js"() {
    isInRange = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
  }
});

// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esm({
  "node_modules/get-east-asian-width/lookup.js"() {
    init_lookup_data();
    init_utilities();
    commonCjkCodePoint = 19968;
    [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
    isAmbiguous = (codePoint) => {
      if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
        return false;
      }
      return isInRange(ambiguousRanges, codePoint);
    };
    isFullwidth = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
        return false;
      }
      return isInRange(fullwidthRanges, codePoint);
    };
    isWide = (codePoint) => {
      if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
        return false;
      }
      return isInRange(wideRanges, codePoint);
    };
  }
});

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}
var init_get_east_asian_width = __esm({
  "node_modules/get-east-asian-width/index.js"() {
    init_lookup();
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/string-width/index.js
var string_width_exports = {};
__export(string_width_exports, {
  default: () => stringWidth
});
function stringWidth(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
var import_emoji_regex, segmenter, defaultIgnorableCodePointRegex;
var init_string_width = __esm({
  "node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    import_emoji_regex = __toESM(require_emoji_regex(), 1);
    segmenter = new Intl.Segmenter();
    defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
  }
});

// node_modules/natural/lib/natural/util/stopwords_ru.js
var require_stopwords_ru = __commonJS({
  "node_modules/natural/lib/natural/util/stopwords_ru.js"(exports) {
    "use strict";
    var words2 = [
      "\u043E",
      "\u043F\u043E\u0441\u043B\u0435",
      "\u0432\u0441\u0435",
      "\u0442\u0430\u043A\u0436\u0435",
      "\u0438",
      "\u0434\u0440\u0443\u0433\u0438\u0435",
      "\u0432\u0441\u0435",
      "\u043A\u0430\u043A",
      "\u0432\u043E",
      "\u0431\u044B\u0442\u044C",
      "\u043F\u043E\u0442\u043E\u043C\u0443",
      "\u0431\u044B\u043B",
      "\u0434\u043E",
      "\u044F\u0432\u043B\u044F\u044E\u0441\u044C",
      "\u043C\u0435\u0436\u0434\u0443",
      "\u0432\u0441\u0435",
      "\u043D\u043E",
      "\u043E\u0442",
      "\u0438\u0434\u0438",
      "\u043C\u043E\u0433\u0443",
      "\u043F\u043E\u0434\u043E\u0439\u0434\u0438",
      "\u043C\u043E\u0433",
      "\u0434\u0435\u043B\u0430\u043B",
      "\u0434\u0435\u043B\u0430\u044E",
      "\u043A\u0430\u0436\u0434\u044B\u0439",
      "\u0434\u043B\u044F",
      "\u043E\u0442\u043A\u0443\u0434\u0430",
      "\u0438\u043C\u0435\u0442\u044C",
      "\u0438\u043C\u0435\u043B",
      "\u043E\u043D",
      "\u0438\u043C\u0435\u0435\u0442",
      "\u0435\u0451",
      "\u0437\u0434\u0435\u0441\u044C",
      "\u0435\u0433\u043E",
      "\u043A\u0430\u043A",
      "\u0435\u0441\u043B\u0438",
      "\u0432",
      "\u043E\u043D\u043E",
      "\u0437\u0430",
      "\u0434\u0435\u043B\u0430\u0442\u044C",
      "\u043C\u043D\u043E\u0433\u043E",
      "\u044F",
      "\u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C",
      "\u0431\u043E\u043B\u0435\u0435",
      "\u0441\u0430\u043C\u044B\u0439",
      "\u0434\u043E\u043B\u0436\u0435\u043D",
      "\u043C\u043E\u0439",
      "\u043D\u0438\u043A\u043E\u0433\u0434\u0430",
      "\u0441\u0435\u0439\u0447\u0430\u0441",
      "\u0438\u0437",
      "\u043D\u0430",
      "\u0442\u043E\u043B\u044C\u043A\u043E",
      "\u0438\u043B\u0438",
      "\u0434\u0440\u0443\u0433\u043E\u0439",
      "\u0434\u0440\u0443\u0433\u0430\u044F",
      "\u0434\u0440\u0443\u0433\u043E\u0435",
      "\u043D\u0430\u0448\u0435",
      "\u0432\u043D\u0435",
      "\u043A\u043E\u043D\u0435\u0446",
      "\u0441\u043A\u0430\u0437\u0430\u043B",
      "\u0441\u043A\u0430\u0437\u0430\u043B\u0430",
      "\u0442\u0430\u043A\u0436\u0435",
      "\u0432\u0438\u0434\u0435\u043B",
      "c",
      "\u043D\u0435\u043C\u043D\u043E\u0433\u043E",
      "\u0432\u0441\u0435 \u0435\u0449\u0435",
      "\u0442\u0430\u043A",
      "\u0437\u0430\u0442\u0435\u043C",
      "\u0442\u043E\u0442",
      "\u0438\u0445",
      "\u0442\u0430\u043C",
      "\u044D\u0442\u043E\u0442",
      "\u043E\u043D\u0438",
      "\u0442\u0435",
      "\u0447\u0435\u0440\u0435\u0437",
      "\u0442\u043E\u0436\u0435",
      "\u043F\u043E\u0434",
      "\u043D\u0430\u0434",
      "\u043E\u0447\u0435\u043D\u044C",
      "\u0431\u044B\u043B",
      "\u043F\u0443\u0442\u044C",
      "\u043C\u044B",
      "\u0445\u043E\u0440\u043E\u0448\u043E",
      "\u0447\u0442\u043E",
      "\u0433\u0434\u0435",
      "\u043A\u043E\u0442\u043E\u0440\u044B\u0439",
      "\u043F\u043E\u043A\u0430",
      "\u043A\u0442\u043E",
      "\u0441 \u043A\u0435\u043C",
      "\u0445\u043E\u0442\u0435\u043B \u0431\u044B",
      "\u0442\u044B",
      "\u0442\u0432\u043E\u0438",
      "\u0430",
      "\u0431",
      "\u0432",
      "\u0433",
      "\u0434",
      "\u0435",
      "\u0451",
      "\u0436",
      "\u0437",
      "\u0438",
      "\u0439",
      "\u043A",
      "\u043B",
      "\u043C",
      "\u043D",
      "o",
      "\u043F",
      "\u0440",
      "\u0441",
      "\u0442",
      "\u0443",
      "\u0444",
      "\u0445",
      "\u0446",
      "\u0447",
      "\u0448",
      "\u0449",
      "\u044A",
      "\u044B",
      "\u044C",
      "\u044D",
      "\u044E",
      "\u044F",
      "$",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "0",
      "_"
    ];
    exports.words = words2;
  }
});

// node_modules/natural/lib/natural/tokenizers/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/natural/lib/natural/tokenizers/tokenizer.js"(exports, module) {
    "use strict";
    var Tokenizer = class {
      trim(array) {
        while (array[array.length - 1] === "") {
          array.pop();
        }
        while (array[0] === "") {
          array.shift();
        }
        return array;
      }
    };
    module.exports = Tokenizer;
  }
});

// node_modules/natural/lib/natural/tokenizers/aggressive_tokenizer_ru.js
var require_aggressive_tokenizer_ru = __commonJS({
  "node_modules/natural/lib/natural/tokenizers/aggressive_tokenizer_ru.js"(exports, module) {
    "use strict";
    var Tokenizer = require_tokenizer();
    var AggressiveTokenizer = class extends Tokenizer {
      withoutEmpty(array) {
        return array.filter(function(a) {
          return a;
        });
      }
      clearText(text) {
        return text.replace(/[^a-z\u0430-\u044f\u04510-9]/gi, " ").replace(/[\s\n]+/g, " ").trim();
      }
      tokenize(text) {
        return this.withoutEmpty(this.clearText(text).split(" "));
      }
    };
    module.exports = AggressiveTokenizer;
  }
});

// node_modules/natural/lib/natural/stemmers/stemmer_ru.js
var require_stemmer_ru = __commonJS({
  "node_modules/natural/lib/natural/stemmers/stemmer_ru.js"(exports, module) {
    "use strict";
    var stopwords = require_stopwords_ru();
    var Tokenizer = require_aggressive_tokenizer_ru();
    module.exports = function() {
      const stemmer = this;
      stemmer.stem = function(token) {
        return token;
      };
      stemmer.tokenizeAndStem = function(text, keepStops) {
        const stemmedTokens = [];
        new Tokenizer().tokenize(text).forEach(function(token) {
          if (keepStops || stopwords.words.indexOf(token) === -1) {
            let resultToken = token.toLowerCase();
            if (resultToken.match(/[\u0430-\u044f\u04510-9]+/gi)) {
              resultToken = stemmer.stem(resultToken);
            }
            stemmedTokens.push(resultToken);
          }
        });
        return stemmedTokens;
      };
    };
  }
});

// node_modules/natural/lib/natural/stemmers/porter_stemmer_ru.js
var require_porter_stemmer_ru = __commonJS({
  "node_modules/natural/lib/natural/stemmers/porter_stemmer_ru.js"(exports, module) {
    "use strict";
    var Stemmer = require_stemmer_ru();
    var PorterStemmer = new Stemmer();
    module.exports = PorterStemmer;
    function attemptReplacePatterns(token, patterns) {
      let replacement = null;
      let i = 0;
      let isReplaced = false;
      while (i < patterns.length && !isReplaced) {
        if (patterns[i][0].test(token)) {
          replacement = token.replace(patterns[i][0], patterns[i][1]);
          isReplaced = true;
        }
        i++;
      }
      return replacement;
    }
    function perfectiveGerund(token) {
      const result = attemptReplacePatterns(token, [
        [/[\u0430\u044f]\u0432(\u0448\u0438|\u0448\u0438\u0441\u044c)$/g, ""],
        [/(\u0438\u0432|\u0438\u0432\u0448\u0438|\u0438\u0432\u0448\u0438\u0441\u044c|\u044b\u0432\u0448\u0438|\u044b\u0432\u0448\u0438\u0441\u044c|\u044b\u0432)$/g, ""]
      ]);
      return result;
    }
    function adjectival(token) {
      let result = adjective(token);
      if (result != null) {
        const pariticipleResult = participle(result);
        result = pariticipleResult || result;
      }
      return result;
    }
    function adjective(token) {
      const result = attemptReplacePatterns(token, [
        [/(\u0435\u0435|\u0438\u0435|\u044b\u0435|\u043e\u0435|\u0438\u043c\u0438|\u044b\u043c\u0438|\u0435\u0439|\u0438\u0439|\u044b\u0439|\u043e\u0439|\u0435\u043c|\u0438\u043c|\u044b\u043c|\u043e\u043c|\u0435\u0433\u043e|\u043e\u0433\u043e|\u0435\u043c\u0443|\u043e\u043c\u0443|\u0438\u0445|\u044b\u0445|\u0443\u044e|\u044e\u044e|\u0430\u044f|\u044f\u044f|\u043e\u044e|\u0435\u044e)$/g, ""]
      ]);
      return result;
    }
    function participle(token) {
      const result = attemptReplacePatterns(token, [
        [/([\u0430\u044f])(\u0435\u043c|\u043d\u043d|\u0432\u0448|\u044e\u0449|\u0449)$/g, "$1"],
        [/(\u0438\u0432\u0448|\u044b\u0432\u0448|\u0443\u044e\u0449)$/g, ""]
      ]);
      return result;
    }
    function reflexive(token) {
      const result = attemptReplacePatterns(token, [
        [/(\u0441\u044f|\u0441\u044c)$/g, ""]
      ]);
      return result;
    }
    function verb(token) {
      const result = attemptReplacePatterns(token, [
        [/([\u0430\u044f])(\u043b\u0430|\u043d\u0430|\u0435\u0442\u0435|\u0439\u0442\u0435|\u043b\u0438|\u0439|\u043b|\u0435\u043c|\u043d|\u043b\u043e|\u043d\u043e|\u0435\u0442|\u044e\u0442|\u043d\u044b|\u0442\u044c|\u0435\u0448\u044c|\u043d\u043d\u043e)$/g, "$1"],
        [/(\u0438\u043b\u0430|\u044b\u043b\u0430|\u0435\u043d\u0430|\u0435\u0439\u0442\u0435|\u0443\u0439\u0442\u0435|\u0438\u0442\u0435|\u0438\u043b\u0438|\u044b\u043b\u0438|\u0435\u0439|\u0443\u0439|\u0438\u043b|\u044b\u043b|\u0438\u043c|\u044b\u043c|\u0435\u043d|\u0438\u043b\u043e|\u044b\u043b\u043e|\u0435\u043d\u043e|\u044f\u0442|\u0443\u0435\u0442|\u0438\u0442|\u044b\u0442|\u0435\u043d\u044b|\u0438\u0442\u044c|\u044b\u0442\u044c|\u0438\u0448\u044c|\u0443\u044e|\u044e)$/g, ""]
      ]);
      return result;
    }
    function noun(token) {
      const result = attemptReplacePatterns(token, [
        [/(\u0430|\u0435\u0432|\u043e\u0432|\u0438\u0435|\u044c\u0435|\u0435|\u0438\u044f\u043c\u0438|\u044f\u043c\u0438|\u0430\u043c\u0438|\u0435\u0438|\u0438\u0438|\u0438|\u0438\u0435\u0439|\u0435\u0439|\u043e\u0439|\u0438\u0439|\u0439|\u0438\u044f\u043c|\u044f\u043c|\u0438\u0435\u043c|\u0435\u043c|\u0430\u043c|\u043e\u043c|\u043e|\u0443|\u0430\u0445|\u0438\u044f\u0445|\u044f\u0445|\u044b|\u044c|\u0438\u044e|\u044c\u044e|\u044e|\u0438\u044f|\u044c\u044f|\u044f)$/g, ""]
      ]);
      return result;
    }
    function superlative(token) {
      const result = attemptReplacePatterns(token, [
        [/(\u0435\u0439\u0448|\u0435\u0439\u0448\u0435)$/g, ""]
      ]);
      return result;
    }
    function derivational(token) {
      const result = attemptReplacePatterns(token, [
        [/(\u043e\u0441\u0442|\u043e\u0441\u0442\u044c)$/g, ""]
      ]);
      return result;
    }
    PorterStemmer.stem = function(token) {
      token = token.toLowerCase().replace(/\u0451/g, "\u0435");
      const volwesRegexp = /^(.*?[\u0430\u0435\u0438\u043e\u044e\u044f\u0443\u044b\u0438\u044d])(.*)$/g;
      let RV = volwesRegexp.exec(token);
      if (!RV || RV.length < 3) {
        return token;
      }
      const head = RV[1];
      RV = RV[2];
      volwesRegexp.lastIndex = 0;
      const R2 = volwesRegexp.exec(RV);
      let result = perfectiveGerund(RV);
      if (result === null) {
        const resultReflexive = reflexive(RV) || RV;
        result = adjectival(resultReflexive);
        if (result === null) {
          result = verb(resultReflexive);
          if (result === null) {
            result = noun(resultReflexive);
            if (result === null) {
              result = resultReflexive;
            }
          }
        }
      }
      result = result.replace(/\u0438$/g, "");
      let derivationalResult = result;
      if (R2 && R2[2]) {
        derivationalResult = derivational(R2[2]);
        if (derivationalResult != null) {
          derivationalResult = derivational(result);
        } else {
          derivationalResult = result;
        }
      }
      let superlativeResult = superlative(derivationalResult) || derivationalResult;
      superlativeResult = superlativeResult.replace(/(\u043d)\u043d/g, "$1");
      superlativeResult = superlativeResult.replace(/\u044c$/g, "");
      return head + superlativeResult;
    };
  }
});

// node_modules/natural/lib/natural/util/stopwords.js
var require_stopwords = __commonJS({
  "node_modules/natural/lib/natural/util/stopwords.js"(exports) {
    "use strict";
    var words2 = [
      "about",
      "above",
      "after",
      "again",
      "all",
      "also",
      "am",
      "an",
      "and",
      "another",
      "any",
      "are",
      "as",
      "at",
      "be",
      "because",
      "been",
      "before",
      "being",
      "below",
      "between",
      "both",
      "but",
      "by",
      "came",
      "can",
      "cannot",
      "come",
      "could",
      "did",
      "do",
      "does",
      "doing",
      "during",
      "each",
      "few",
      "for",
      "from",
      "further",
      "get",
      "got",
      "has",
      "had",
      "he",
      "have",
      "her",
      "here",
      "him",
      "himself",
      "his",
      "how",
      "if",
      "in",
      "into",
      "is",
      "it",
      "its",
      "itself",
      "like",
      "make",
      "many",
      "me",
      "might",
      "more",
      "most",
      "much",
      "must",
      "my",
      "myself",
      "never",
      "now",
      "of",
      "on",
      "only",
      "or",
      "other",
      "our",
      "ours",
      "ourselves",
      "out",
      "over",
      "own",
      "said",
      "same",
      "see",
      "she",
      "should",
      "since",
      "so",
      "some",
      "still",
      "such",
      "take",
      "than",
      "that",
      "the",
      "their",
      "theirs",
      "them",
      "themselves",
      "then",
      "there",
      "these",
      "they",
      "this",
      "those",
      "through",
      "to",
      "too",
      "under",
      "until",
      "up",
      "very",
      "was",
      "way",
      "we",
      "well",
      "were",
      "what",
      "where",
      "when",
      "which",
      "while",
      "who",
      "whom",
      "with",
      "would",
      "why",
      "you",
      "your",
      "yours",
      "yourself",
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
      "k",
      "l",
      "m",
      "n",
      "o",
      "p",
      "q",
      "r",
      "s",
      "t",
      "u",
      "v",
      "w",
      "x",
      "y",
      "z",
      "$",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "0",
      "_"
    ];
    exports.words = words2;
  }
});

// node_modules/natural/lib/natural/tokenizers/aggressive_tokenizer.js
var require_aggressive_tokenizer = __commonJS({
  "node_modules/natural/lib/natural/tokenizers/aggressive_tokenizer.js"(exports, module) {
    "use strict";
    var Tokenizer = require_tokenizer();
    var AggressiveTokenizer = class extends Tokenizer {
      tokenize(text) {
        return this.trim(text.split(/[^a-zA-Z0-9'\-/]+/));
      }
    };
    module.exports = AggressiveTokenizer;
  }
});

// node_modules/natural/lib/natural/stemmers/stemmer.js
var require_stemmer = __commonJS({
  "node_modules/natural/lib/natural/stemmers/stemmer.js"(exports, module) {
    "use strict";
    var stopwords = require_stopwords();
    var Tokenizer = require_aggressive_tokenizer();
    module.exports = function() {
      const stemmer = this;
      stemmer.stem = function(token) {
        return token;
      };
      stemmer.addStopWord = function(stopWord) {
        stopwords.words.push(stopWord);
      };
      stemmer.addStopWords = function(moreStopWords) {
        stopwords.words = stopwords.words.concat(moreStopWords);
      };
      stemmer.removeStopWord = function(stopWord) {
        this.removeStopWords([stopWord]);
      };
      stemmer.removeStopWords = function(moreStopWords) {
        moreStopWords.forEach(function(stopWord) {
          const idx = stopwords.words.indexOf(stopWord);
          if (idx >= 0) {
            stopwords.words.splice(idx, 1);
          }
        });
      };
      stemmer.tokenizeAndStem = function(text, keepStops) {
        const stemmedTokens = [];
        const lowercaseText = text.toLowerCase();
        const tokens = new Tokenizer().tokenize(lowercaseText);
        if (keepStops) {
          tokens.forEach(function(token) {
            stemmedTokens.push(stemmer.stem(token));
          });
        } else {
          tokens.forEach(function(token) {
            if (stopwords.words.indexOf(token) === -1) {
              stemmedTokens.push(stemmer.stem(token));
            }
          });
        }
        return stemmedTokens;
      };
    };
  }
});

// node_modules/natural/lib/natural/stemmers/porter_stemmer.js
var require_porter_stemmer = __commonJS({
  "node_modules/natural/lib/natural/stemmers/porter_stemmer.js"(exports, module) {
    "use strict";
    var Stemmer = require_stemmer();
    function categorizeGroups(token) {
      return token.replace(/[^aeiouy]+y/g, "CV").replace(/[aeiou]+/g, "V").replace(/[^V]+/g, "C");
    }
    function categorizeChars(token) {
      return token.replace(/[^aeiouy]y/g, "CV").replace(/[aeiou]/g, "V").replace(/[^V]/g, "C");
    }
    function measure(token) {
      if (!token) {
        return -1;
      }
      return categorizeGroups(token).replace(/^C/, "").replace(/V$/, "").length / 2;
    }
    function endsWithDoublCons(token) {
      return token.match(/([^aeiou])\1$/);
    }
    function attemptReplace(token, pattern2, replacement, callback) {
      let result = null;
      if (typeof pattern2 === "string" && token.substr(0 - pattern2.length) === pattern2) {
        result = token.replace(new RegExp(pattern2 + "$"), replacement);
      } else if (pattern2 instanceof RegExp && token.match(pattern2)) {
        result = token.replace(pattern2, replacement);
      }
      if (result && callback) {
        return callback(result);
      } else {
        return result;
      }
    }
    function attemptReplacePatterns(token, replacements, measureThreshold) {
      let replacement = token;
      for (let i = 0; i < replacements.length; i++) {
        if (measureThreshold == null || measure(attemptReplace(token, replacements[i][0], replacements[i][1])) > measureThreshold) {
          replacement = attemptReplace(replacement, replacements[i][0], replacements[i][2]) || replacement;
        }
      }
      return replacement;
    }
    function replacePatterns(token, replacements, measureThreshold) {
      return attemptReplacePatterns(token, replacements, measureThreshold) || token;
    }
    function replaceRegex(token, regex2, includeParts, minimumMeasure) {
      let parts;
      let result = "";
      if (regex2.test(token)) {
        parts = regex2.exec(token);
        includeParts.forEach(function(i) {
          result += parts[i];
        });
      }
      if (measure(result) > minimumMeasure) {
        return result;
      }
      return null;
    }
    function step1a(token) {
      if (token.match(/(ss|i)es$/)) {
        return token.replace(/(ss|i)es$/, "$1");
      }
      if (token.substr(-1) === "s" && token.substr(-2, 1) !== "s" && token.length > 2) {
        return token.replace(/s?$/, "");
      }
      return token;
    }
    function step1b(token) {
      let result;
      if (token.substr(-3) === "eed") {
        if (measure(token.substr(0, token.length - 3)) > 0) {
          return token.replace(/eed$/, "ee");
        }
      } else {
        result = attemptReplace(token, /(ed|ing)$/, "", function(token2) {
          if (categorizeGroups(token2).indexOf("V") >= 0) {
            result = attemptReplacePatterns(token2, [["at", "", "ate"], ["bl", "", "ble"], ["iz", "", "ize"]]);
            if (result !== token2) {
              return result;
            } else {
              if (endsWithDoublCons(token2) && token2.match(/[^lsz]$/)) {
                return token2.replace(/([^aeiou])\1$/, "$1");
              }
              if (measure(token2) === 1 && categorizeChars(token2).substr(-3) === "CVC" && token2.match(/[^wxy]$/)) {
                return token2 + "e";
              }
            }
            return token2;
          }
          return null;
        });
        if (result) {
          return result;
        }
      }
      return token;
    }
    function step1c(token) {
      const categorizedGroups = categorizeGroups(token);
      if (token.substr(-1) === "y" && categorizedGroups.substr(0, categorizedGroups.length - 1).indexOf("V") > -1) {
        return token.replace(/y$/, "i");
      }
      return token;
    }
    function step2(token) {
      token = replacePatterns(token, [
        ["ational", "", "ate"],
        ["tional", "", "tion"],
        ["enci", "", "ence"],
        ["anci", "", "ance"],
        ["izer", "", "ize"],
        ["abli", "", "able"],
        ["bli", "", "ble"],
        ["alli", "", "al"],
        ["entli", "", "ent"],
        ["eli", "", "e"],
        ["ousli", "", "ous"],
        ["ization", "", "ize"],
        ["ation", "", "ate"],
        ["ator", "", "ate"],
        ["alism", "", "al"],
        ["iveness", "", "ive"],
        ["fulness", "", "ful"],
        ["ousness", "", "ous"],
        ["aliti", "", "al"],
        ["iviti", "", "ive"],
        ["biliti", "", "ble"],
        ["logi", "", "log"]
      ], 0);
      return token;
    }
    function step3(token) {
      return replacePatterns(token, [
        ["icate", "", "ic"],
        ["ative", "", ""],
        ["alize", "", "al"],
        ["iciti", "", "ic"],
        ["ical", "", "ic"],
        ["ful", "", ""],
        ["ness", "", ""]
      ], 0);
    }
    function step4(token) {
      return replaceRegex(token, /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/, [1], 1) || replaceRegex(token, /^(.+?)(s|t)(ion)$/, [1, 2], 1) || token;
    }
    function step5a(token) {
      const m = measure(token.replace(/e$/, ""));
      if (m > 1 || m === 1 && !(categorizeChars(token).substr(-4, 3) === "CVC" && token.match(/[^wxy].$/))) {
        token = token.replace(/e$/, "");
      }
      return token;
    }
    function step5b(token) {
      if (measure(token) > 1) {
        return token.replace(/ll$/, "l");
      }
      return token;
    }
    var PorterStemmer = new Stemmer();
    module.exports = PorterStemmer;
    PorterStemmer.stem = function(token) {
      if (token.length < 3) return token.toString();
      return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(token.toLowerCase())))))))).toString();
    };
    PorterStemmer.categorizeGroups = categorizeGroups;
    PorterStemmer.measure = measure;
    PorterStemmer.step1a = step1a;
    PorterStemmer.step1b = step1b;
    PorterStemmer.step1c = step1c;
    PorterStemmer.step2 = step2;
    PorterStemmer.step3 = step3;
    PorterStemmer.step4 = step4;
    PorterStemmer.step5a = step5a;
    PorterStemmer.step5b = step5b;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap8 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar8 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar8(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap8;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar8;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit2 = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit2)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit2)
            return true;
          start = i + 1;
          if (strLen - start <= limit2)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp2.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap8 = fc.start.source === "{";
      const fcName = isMap8 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap8 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap8 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap8 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap8 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap8) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap8 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines3(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines3(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context2) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context2;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context2.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context2 = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context2;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar8 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar8;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions2(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count3 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr2 = tokens.slice();
            const range = [];
            for (let i = arr2.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr2[i].type === "brace") {
                break;
              }
              if (arr2[i].type !== "dots") {
                range.unshift(arr2[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob, posix });
        const result = { glob, state, regex: regex2, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch2.parse(p, options));
      return parse(pattern2, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// dist/api/worker.js
import { parentPort } from "node:worker_threads";

// dist/formatters/shared.js
import { isAbsolute, relative, resolve, sep } from "node:path";
function severityWord(s) {
  return s === "error" ? "Error" : s === "warning" ? "Warning" : "Info";
}
function relativePosix(filePath, cwd) {
  if (filePath.startsWith("<"))
    return null;
  const abs = isAbsolute(filePath) ? filePath : resolve(cwd, filePath);
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
    return null;
  return sep === "/" ? rel : rel.split(sep).join("/");
}
function shownPath(r, cwd) {
  return relativePosix(r.filePath, cwd) ?? r.filePath;
}
function indentedJson(value, levels) {
  let wrapped = value;
  for (let k = 0; k < levels; k++)
    wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const frame2 = levels * (levels + 1);
  return text.slice(frame2, text.length - frame2);
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, " ");
}
var XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlEscape(text) {
  return text.replace(XML_INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function xmlText(text) {
  return text.replace(XML_INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function place(path, d) {
  return `${path}:${d.line}:${d.column}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function streamAll(stream, results) {
  let out = "";
  for (const r of results)
    out += stream.file(r);
  return out + stream.end();
}
function lineStream(fatalLine, findingLine) {
  let total = 0;
  return {
    file(r) {
      let out = "";
      if (r.fatal) {
        out += fatalLine(r, r.fatal) + "\n";
        total++;
      }
      for (const d of r.diagnostics) {
        out += findingLine(r, d) + "\n";
        total++;
      }
      return out;
    },
    end: () => total > 0 ? `
${plural(total, "problem")}
` : ""
  };
}

// dist/formatters/checkstyle.js
var checkstyle = {
  name: "checkstyle",
  usesFingerprints: false,
  description: "Checkstyle XML (Jenkins, reviewdog, SonarQube)",
  format(results) {
    const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
    for (const r of results) {
      out.push(`  <file name="${xmlEscape(r.filePath)}">`);
      if (r.fatal) {
        out.push(`    <error line="${r.fatal.line ?? 0}" column="${r.fatal.column ?? 0}" severity="error" message="${xmlEscape(r.fatal.message)}" source="talklint/fatal" />`);
      }
      for (const d of r.diagnostics) {
        out.push(`    <error line="${d.line}" column="${d.column}" severity="${d.severity}" message="${xmlEscape(d.message)}" source="${xmlEscape(d.ruleId)}" />`);
      }
      out.push("  </file>");
    }
    out.push("</checkstyle>");
    return out.join("\n") + "\n";
  }
};

// dist/formatters/compact.js
var compactStream = () => lineStream((r, fatal) => `${r.filePath}: line ${fatal.line ?? 0}, col ${fatal.column ?? 0}, Error - ${oneLine(fatal.message)}`, (r, d) => `${r.filePath}: line ${d.line}, col ${d.column}, ${severityWord(d.severity)} - ${oneLine(d.message)} (${d.ruleId})`);
var compact = {
  name: "compact",
  usesFingerprints: false,
  description: 'one line per finding: "path: line L, col C, Error - message (rule)" (ESLint compact)',
  format: (results) => streamAll(compactStream(), results),
  stream: () => compactStream()
};

// dist/formatters/github.js
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function githubCommand(command, props, message) {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${p ? " " + p : ""}::${escapeData(message)}`;
}
function annotationMessage(d) {
  return [d.message, ...d.suggestions.map((s) => `\u2192 ${s.text}`)].join("\n");
}
var github = {
  name: "github",
  usesFingerprints: false,
  description: "GitHub Actions annotations (::error / ::warning / ::notice workflow commands)",
  format(results, ctx) {
    const lines = [];
    for (const r of results) {
      const file = shownPath(r, ctx.cwd);
      if (r.fatal) {
        const props = [["file", file]];
        if (r.fatal.line !== void 0)
          props.push(["line", r.fatal.line]);
        if (r.fatal.column !== void 0)
          props.push(["col", r.fatal.column]);
        props.push(["title", "talklint"]);
        lines.push(githubCommand("error", props, r.fatal.message));
      }
      for (const d of r.diagnostics) {
        const columns2 = d.endLine === d.line ? [["col", d.column], ["endColumn", Math.max(d.endColumn, d.column)]] : [];
        const props = [["file", file], ["line", d.line], ["endLine", d.endLine], ...columns2, ["title", d.ruleId]];
        lines.push(githubCommand(COMMAND[d.severity], props, annotationMessage(d)));
      }
    }
    return lines.length > 0 ? lines.join("\n") + "\n" : "";
  }
};

// dist/formatters/json.js
function jsonMessage(d) {
  const m = {
    ruleId: d.ruleId,
    severity: d.severity === "error" ? 2 : 1,
    level: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    offset: d.offset,
    endOffset: d.endOffset
  };
  const fix = d.suggestions.find((s) => s.fixable);
  if (fix)
    m.fix = { range: fix.range, text: fix.text };
  if (d.suggestions.length > 0)
    m.suggestions = d.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.range, text: s.text }, fixable: s.fixable }));
  if (d.matchedText !== void 0)
    m.matchedText = d.matchedText;
  if (d.speaker !== void 0)
    m.speaker = d.speaker;
  if (d.role !== void 0)
    m.role = d.role;
  if (d.turn !== void 0)
    m.turn = d.turn;
  if (d.callId !== void 0)
    m.callId = d.callId;
  if (d.startTime !== void 0)
    m.startTime = d.startTime;
  if (d.endTime !== void 0)
    m.endTime = d.endTime;
  if (d.documentLevel)
    m.documentLevel = true;
  if (d.fingerprint !== void 0)
    m.fingerprint = d.fingerprint;
  return m;
}
function jsonFileResult(r) {
  const messages = r.diagnostics.map(jsonMessage);
  if (r.fatal)
    messages.unshift({ ruleId: null, fatal: true, severity: 2, level: "error", message: r.fatal.message, line: r.fatal.line ?? 0, column: r.fatal.column ?? 0 });
  const fixable = (sev) => r.diagnostics.filter((d) => d.severity === sev && d.suggestions.some((s) => s.fixable)).length;
  return {
    filePath: r.filePath,
    messages,
    suppressedMessages: (r.suppressed ?? []).map((d) => ({ ...jsonMessage(d), suppressions: d.suppressions.map((x) => ({ ...x })) })),
    errorCount: r.errorCount + (r.fatal ? 1 : 0),
    fatalErrorCount: r.fatal ? 1 : 0,
    warningCount: r.warningCount + r.infoCount,
    fixableErrorCount: fixable("error"),
    fixableWarningCount: fixable("warning") + fixable("info"),
    infoCount: r.infoCount,
    usedDeprecatedRules: [],
    ...r.kind !== void 0 ? { kind: r.kind } : {},
    ...r.format !== void 0 ? { format: r.format } : {},
    ...r.encoding !== void 0 ? { encoding: r.encoding } : {},
    languages: r.languages,
    notices: r.notices,
    ...r.baseline ? { baseline: r.baseline } : {},
    // Per-call records (with --scorecard: each call's score and items; see docs/scorecards.md).
    ...r.calls ? { calls: r.calls } : {}
  };
}
function jsonStream() {
  let first = true;
  return {
    file(r) {
      const piece = (first ? "[\n" : ",\n") + indentedJson(jsonFileResult(r), 1);
      first = false;
      return piece;
    },
    end: () => first ? "[]\n" : "\n]\n"
  };
}
var json = {
  name: "json",
  usesFingerprints: true,
  description: 'ESLint-compatible JSON array (info findings: severity 1, level "info")',
  format: (results) => JSON.stringify(results.map(jsonFileResult), null, 2) + "\n",
  *formatChunks(results) {
    const s = jsonStream();
    for (const r of results)
      yield s.file(r);
    yield s.end();
  },
  stream: jsonStream
};

// dist/formatters/junit.js
function findingText(file, d) {
  return [`${place(file, d)}: ${d.message} [${d.ruleId}]`, ...d.suggestions.map((s) => `\u2192 ${s.text}`)].join("\n");
}
function suitesOf(r) {
  const file = r.filePath;
  if (r.fatal)
    return [{ name: file, file, cases: [{ name: "talklint", failures: [], infos: [], fatal: r.fatal.message }] }];
  const callIds = [];
  const seen = /* @__PURE__ */ new Set();
  const addCall = (id) => {
    if (!seen.has(id)) {
      seen.add(id);
      callIds.push(id);
    }
  };
  for (const c of r.calls ?? [])
    addCall(c.id);
  for (const d of r.diagnostics)
    addCall(d.callId ?? null);
  if (callIds.length === 0)
    callIds.push(null);
  return callIds.map((id) => {
    const name = id === null ? file : `${file}#${id}`;
    const byRule = /* @__PURE__ */ new Map();
    for (const d of r.diagnostics) {
      if ((d.callId ?? null) !== id)
        continue;
      let c = byRule.get(d.ruleId);
      if (!c)
        byRule.set(d.ruleId, c = { name: d.ruleId, failures: [], infos: [] });
      (d.severity === "info" ? c.infos : c.failures).push(d);
    }
    const cases = byRule.size > 0 ? [...byRule.values()] : [{ name: "talklint", failures: [], infos: [] }];
    return { name, file, cases };
  });
}
function count(cases) {
  return { tests: cases.length, failures: cases.filter((c) => c.failures.length > 0).length, errors: cases.filter((c) => c.fatal !== void 0).length };
}
function suiteXml(s, n) {
  const out = [`  <testsuite name="${xmlEscape(s.name)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="0">`];
  for (const c of s.cases) {
    const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(s.name)}"`;
    if (c.failures.length === 0 && c.infos.length === 0 && c.fatal === void 0) {
      out.push(open + " />");
      continue;
    }
    out.push(open + ">");
    if (c.fatal !== void 0)
      out.push(`      <error message="${xmlEscape(c.fatal)}" type="fatal">${xmlText(`${s.file}: ${c.fatal}`)}</error>`);
    for (const d of c.failures)
      out.push(`      <failure message="${xmlEscape(d.message)}" type="${d.severity}">${xmlText(findingText(s.file, d))}</failure>`);
    if (c.infos.length > 0)
      out.push(`      <system-out>${xmlText(c.infos.map((d) => "info: " + findingText(s.file, d)).join("\n"))}</system-out>`);
    out.push("    </testcase>");
  }
  out.push("  </testsuite>");
  return out.join("\n");
}
function junitStream() {
  const suites = [];
  const all = { tests: 0, failures: 0, errors: 0 };
  return {
    file(r) {
      for (const s of suitesOf(r)) {
        const n = count(s.cases);
        all.tests += n.tests;
        all.failures += n.failures;
        all.errors += n.errors;
        suites.push(suiteXml(s, n));
      }
      return "";
    },
    end() {
      const head = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="talklint" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}">`];
      return [...head, ...suites, "</testsuites>"].join("\n") + "\n";
    }
  };
}
var junit = {
  name: "junit",
  usesFingerprints: false,
  description: "JUnit XML: a test suite per file (or call), a test case per rule",
  format: (results) => streamAll(junitStream(), results),
  stream: junitStream
};

// dist/formatters/sarif.js
import { pathToFileURL } from "node:url";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var TALKLINT_INFORMATION_URI = "https://www.npmjs.com/package/talklint";
var FINGERPRINT_KEY = "talklintFingerprint/v1";
var SRCROOT = "%SRCROOT%";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var BUILTIN_RULES = {
  "talklint/unused-directive": {
    short: "An inline talklint-disable/enable directive that hid nothing.",
    full: "Reported with --report-unused-directives: the directive (or one of its rule ids) suppressed no finding, so it can be removed."
  }
};
function artifactLocation(filePath, cwd) {
  const rel = relativePosix(filePath, cwd);
  if (rel !== null)
    return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  if (filePath.startsWith("<"))
    return { uri: encodeURIComponent(filePath) };
  return { uri: pathToFileURL(isAbsolute2(filePath) ? filePath : resolve2(cwd, filePath)).href };
}
function ruleName(id) {
  const last = id.slice(id.lastIndexOf("/") + 1);
  return last.replace(new RegExp("(^|[-_])(\\p{L})", "gu"), (_, _sep, ch) => ch.toUpperCase()).replace(/[-_]/g, "");
}
function firstSentence(text) {
  const oneLine2 = text.replace(/\s+/g, " ").trim();
  const m = /^(.+?[.!?\u3002\uff01\uff1f])(?:\s|$)/u.exec(oneLine2);
  return m ? m[1] : oneLine2;
}
function suggestionLines(def) {
  const out = [];
  for (const s of def.suggestions) {
    const fix = s.fixable ? " (fixable)" : "";
    if (s.replace)
      for (const [from, to] of Object.entries(s.replace))
        out.push(`${from} \u2192 ${to}${fix}`);
    else if (s.text !== void 0)
      out.push(`${s.text}${fix}`);
  }
  return out;
}
function ruleHelp(def) {
  const suggestions = suggestionLines(def);
  const flag = def.examples.flag.map((e) => e.text);
  const pass = def.examples.pass.map((e) => e.text);
  const text = [];
  const md = [];
  if (def.rationale) {
    text.push(def.rationale.trim(), "");
    md.push(def.rationale.trim(), "");
  }
  text.push(`Message: ${def.message}`);
  md.push(`**Message:** ${def.message}`);
  if (suggestions.length > 0) {
    text.push(`Suggestions: ${suggestions.join("; ")}`);
    md.push("", "**Suggestions:**", ...suggestions.map((s) => `- ${s}`));
  }
  if (flag.length > 0) {
    text.push(`Reported: ${flag.map((t) => `"${t}"`).join("; ")}`);
    md.push("", "**Reported:**", ...flag.map((t) => `- \u274C ${t.replace(/\n/g, " \u23CE ")}`));
  }
  if (pass.length > 0) {
    text.push(`Not reported: ${pass.map((t) => `"${t}"`).join("; ")}`);
    md.push("", "**Not reported:**", ...pass.map((t) => `- \u2705 ${t.replace(/\n/g, " \u23CE ")}`));
  }
  if (def.link) {
    text.push(`More: ${def.link}`);
    md.push("", `[More](${def.link})`);
  }
  return { text: text.join("\n"), markdown: md.join("\n") };
}
function ruleDescriptor(id, def) {
  if (!def) {
    const builtin = BUILTIN_RULES[id];
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: builtin?.short ?? id },
      ...builtin ? { fullDescription: { text: builtin.full } } : {},
      defaultConfiguration: { level: "warning" }
    };
  }
  const languages = [...new Set(def.patterns.map((p) => p.lang ?? "any"))].sort();
  const short = def.rationale ? firstSentence(def.rationale) : def.message.replace(/\{\{\s*[^}]*\}\}/g, "\u2026");
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: short },
    ...def.rationale ? { fullDescription: { text: def.rationale.trim() } } : {},
    help: ruleHelp(def),
    ...def.link ? { helpUri: def.link } : {},
    defaultConfiguration: { level: LEVEL[def.severity] },
    properties: { type: def.type, speaker: def.speaker, pack: def.pack, tags: languages }
  };
}
function region(d) {
  const r = {
    startLine: d.line,
    startColumn: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    charOffset: d.offset,
    charLength: d.endOffset - d.offset
  };
  if (d.matchedText !== void 0 && !d.documentLevel && d.endOffset - d.offset === d.matchedText.length)
    r.snippet = { text: d.matchedText };
  return r;
}
function resultOf(d, ruleIndex, location, r) {
  const result = {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }]
  };
  const fixes = d.suggestions.filter((s) => s.fixable);
  if (fixes.length > 0) {
    result.fixes = fixes.map((s) => {
      const deleted = { charOffset: s.range[0], charLength: s.range[1] - s.range[0] };
      if (s.range[0] === d.offset && s.range[1] === d.endOffset)
        Object.assign(deleted, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      return {
        description: { text: s.desc },
        artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: deleted, insertedContent: { text: s.text } }] }]
      };
    });
  }
  if (d.fingerprint !== void 0)
    result.partialFingerprints = { [FINGERPRINT_KEY]: d.fingerprint };
  const props = {};
  if (d.speaker !== void 0)
    props.speaker = d.speaker;
  if (d.role !== void 0)
    props.role = d.role;
  if (d.turn !== void 0)
    props.turn = d.turn;
  if (d.callId !== void 0)
    props.callId = d.callId;
  if (d.startTime !== void 0)
    props.startTime = d.startTime;
  if (d.endTime !== void 0)
    props.endTime = d.endTime;
  if (d.documentLevel)
    props.documentLevel = true;
  const advice = d.suggestions.filter((s) => !s.fixable).map((s) => s.text);
  if (advice.length > 0)
    props.suggestions = advice;
  if (Object.keys(props).length > 0)
    result.properties = props;
  if ("suppressions" in d)
    result.suppressions = d.suppressions.map((s) => ({ kind: "inSource", status: "accepted", ...s.justification ? { justification: s.justification } : {} }));
  else if (r.baseline)
    result.baselineState = "new";
  return result;
}
function runShell(results, ctx) {
  const ids = /* @__PURE__ */ new Set();
  for (const r of results) {
    for (const d of r.diagnostics)
      ids.add(d.ruleId);
    for (const d of r.suppressed ?? [])
      ids.add(d.ruleId);
  }
  const ruleIds = [...ids].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const notifications = [];
  let fatal = false;
  let hidden = 0;
  let gone = 0;
  for (const r of results) {
    if (r.baseline) {
      hidden += r.baseline.hidden;
      gone += r.baseline.gone.reduce((n, g) => n + g.count, 0);
    }
    if (!r.fatal && r.notices.length === 0)
      continue;
    const location = artifactLocation(r.filePath, ctx.cwd);
    if (r.fatal) {
      fatal = true;
      const phys = { artifactLocation: location };
      if (r.fatal.line !== void 0)
        phys.region = { startLine: Math.max(1, r.fatal.line), ...r.fatal.column !== void 0 ? { startColumn: Math.max(1, r.fatal.column) } : {} };
      notifications.push({ level: "error", message: { text: r.fatal.message }, locations: [{ physicalLocation: phys }], descriptor: { id: "talklint/fatal" } });
    }
    for (const n of r.notices)
      notifications.push({ level: "note", message: { text: n }, locations: [{ physicalLocation: { artifactLocation: location } }], descriptor: { id: "talklint/notice" } });
  }
  const root = pathToFileURL(ctx.cwd).href;
  const run = {
    tool: {
      driver: {
        name: "talklint",
        version: ctx.version,
        semanticVersion: ctx.version,
        informationUri: TALKLINT_INFORMATION_URI,
        rules: ruleIds.map((id) => ruleDescriptor(id, ctx.rules.get(id)))
      }
    },
    invocations: [{ executionSuccessful: !fatal, ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {} }],
    originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith("/") ? root : root + "/" } },
    columnKind: "utf16CodeUnits",
    results: []
  };
  if (results.some((r) => r.baseline))
    run.properties = { baseline: { hidden, gone } };
  return { run, ruleIndex };
}
function fileResults(r, ruleIndex, cwd) {
  if (r.diagnostics.length === 0 && (r.suppressed === void 0 || r.suppressed.length === 0))
    return [];
  const location = artifactLocation(r.filePath, cwd);
  const all = [...r.diagnostics, ...r.suppressed ?? []];
  all.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  return all.map((d) => resultOf(d, ruleIndex.get(d.ruleId), location, r));
}
var RESULTS_HOLE = "\0results\0";
var RESULT_LEVELS = 4;
function* sarifChunks(results, ctx) {
  const { run, ruleIndex } = runShell(results, ctx);
  run.results = RESULTS_HOLE;
  const shell = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] }, null, 2) + "\n";
  const hole = shell.lastIndexOf(JSON.stringify(RESULTS_HOLE));
  yield shell.slice(0, hole);
  let first = true;
  for (const r of results) {
    const list = fileResults(r, ruleIndex, ctx.cwd);
    if (list.length === 0)
      continue;
    let out = "";
    for (const result of list) {
      out += (first ? "[\n" : ",\n") + indentedJson(result, RESULT_LEVELS);
      first = false;
    }
    yield out;
  }
  yield (first ? "[]" : "\n" + " ".repeat(2 * RESULT_LEVELS - 2) + "]") + shell.slice(hole + JSON.stringify(RESULTS_HOLE).length);
}
var sarif = {
  name: "sarif",
  usesFingerprints: true,
  description: "SARIF 2.1.0 JSON (GitHub code scanning, Azure DevOps, SARIF viewers)",
  format: (results, ctx) => [...sarifChunks(results, ctx)].join(""),
  formatChunks: sarifChunks
};

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// dist/formatters/stylish.js
var stringWidth2 = null;
var loading = null;
function loadStringWidth() {
  return loading ??= Promise.resolve().then(() => (init_string_width(), string_width_exports)).then((m) => {
    stringWidth2 = m.default;
  });
}
var ONE_COLUMN = /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u0482\u048a-\u052f\u2026]*$/;
function columns(text) {
  if (ONE_COLUMN.test(text))
    return text.length;
  if (stringWidth2 === null)
    throw new Error("stylish: string-width is not loaded; await stylish.prepare(results) (or import talklint, which loads it) before formatting");
  return stringWidth2(text);
}
function framesNeedStringWidth(results) {
  for (const r of results) {
    const lines = r.sourceLines;
    if (lines === void 0)
      continue;
    for (const d of r.diagnostics) {
      const text = lines[d.line];
      if (text !== void 0 && !ONE_COLUMN.test(text))
        return true;
    }
  }
  return false;
}
function clock(seconds2) {
  const s = Math.floor(seconds2);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor(s % 3600 / 60);
  const ss = s % 60;
  const two = (n) => String(n).padStart(2, "0");
  return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${two(mm)}:${two(ss)}`;
}
function severityLabel(c, d) {
  if (d.severity === "error")
    return c.red("error  ");
  if (d.severity === "warning")
    return c.yellow("warning");
  return c.blue("info   ");
}
function who(d) {
  const parts = [];
  if (d.callId !== void 0 && d.callId !== null)
    parts.push(`call ${d.callId}`);
  if (d.speaker)
    parts.push(d.speaker);
  if (d.turn !== void 0 && d.speaker !== void 0)
    parts.push(`turn ${d.turn + 1}`);
  if (d.startTime !== void 0)
    parts.push(d.endTime !== void 0 ? `${clock(d.startTime)}\u2013${clock(d.endTime)}` : clock(d.startTime));
  return parts.join(" \xB7 ");
}
var MAX_FRAME_WIDTH = 160;
var FRAME_CONTEXT = 50;
function frame(c, d, lines, indent) {
  const full = lines?.[d.line];
  if (full === void 0 || d.documentLevel)
    return [];
  const gutter = `${d.line} | `;
  let startCol = d.column - 1;
  let endCol = d.endLine === d.line ? Math.max(d.endColumn - 1, startCol + 1) : full.length;
  let text = full;
  if (full.length > MAX_FRAME_WIDTH) {
    const from = Math.max(0, startCol - FRAME_CONTEXT);
    const to = Math.min(full.length, Math.max(endCol, startCol + 1) + FRAME_CONTEXT);
    const head = from > 0 ? "\u2026" : "";
    text = head + full.slice(from, to) + (to < full.length ? "\u2026" : "");
    startCol = startCol - from + head.length;
    endCol = Math.min(endCol, to) - from + head.length;
  }
  const pad = " ".repeat(columns(text.slice(0, startCol)));
  const marks = "^".repeat(Math.max(1, columns(text.slice(startCol, endCol))));
  return [
    indent + c.dim(gutter) + text,
    indent + " ".repeat(gutter.length - 2) + c.dim("| ") + pad + c.red(marks)
  ];
}
function formatFile(c, r) {
  const out = [c.underline(r.filePath)];
  if (r.fatal) {
    const where = r.fatal.line !== void 0 ? `${r.fatal.line}:${r.fatal.column ?? 1}  ` : "";
    out.push(`  ${where}${c.red("fatal  ")}  ${r.fatal.message}`);
  }
  for (const n of r.notices)
    out.push(c.dim(`  note: ${n}`));
  const placeWidth = Math.max(0, ...r.diagnostics.map((d) => `${d.line}:${d.column}`.length));
  for (const d of r.diagnostics) {
    const place2 = `${d.line}:${d.column}`.padEnd(placeWidth);
    out.push(`  ${c.dim(place2)}  ${severityLabel(c, d)}  ${d.message}  ${c.dim(d.ruleId)}`);
    const indent = " ".repeat(4 + placeWidth);
    const speaker = who(d);
    if (speaker)
      out.push(indent + c.dim(speaker));
    out.push(...frame(c, d, r.sourceLines, indent));
    for (const s of d.suggestions)
      out.push(indent + c.green(`\u2192 ${s.text}`) + (s.fixable ? c.dim(" (fixable)") : ""));
  }
  return out;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var stylish = {
  name: "stylish",
  usesFingerprints: false,
  description: "grouped by file, with code frames and suggestions (default)",
  usesSourceLines: true,
  /** Loads string-width when a frame of `results` needs it; without results (a stream), always. */
  async prepare(results) {
    if (results === void 0 || framesNeedStringWidth(results))
      await loadStringWidth();
  },
  format(results, ctx) {
    return streamAll(stylishStream(ctx), results);
  },
  stream: stylishStream
};
function stylishStream(ctx) {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let files = 0;
  let blocks = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fatal = 0;
  let fixable = 0;
  let suppressed = 0;
  let baseline = false;
  let hidden = 0;
  let gone = 0;
  return {
    file(r) {
      files++;
      errors += r.errorCount;
      warnings += r.warningCount;
      infos += r.infoCount;
      if (r.fatal)
        fatal++;
      if (r.kind === "script")
        fixable += r.diagnostics.filter((d) => d.suggestions.some((s) => s.fixable)).length;
      suppressed += r.suppressedCount ?? 0;
      if (r.baseline) {
        baseline = true;
        hidden += r.baseline.hidden;
        gone += r.baseline.gone.reduce((m, g) => m + g.count, 0);
      }
      if (r.diagnostics.length === 0 && !r.fatal && r.notices.length === 0)
        return "";
      return (blocks++ > 0 ? "\n\n" : "") + formatFile(c, r).join("\n");
    },
    end() {
      const problems = errors + warnings + infos;
      const checked = `${plural2(files, "file")} checked`;
      let tail;
      if (problems === 0 && fatal === 0)
        tail = c.green(`\u2714 no problems (${checked})`);
      else {
        const mark = errors > 0 || fatal > 0 ? c.red.bold("\u2716") : c.yellow.bold("\u26A0");
        tail = `${mark} ${plural2(problems, "problem")} (${plural2(errors, "error")}, ${plural2(warnings, "warning")}, ${plural2(infos, "info")}) in ${checked}`;
        if (fatal > 0)
          tail += `
${c.red(`\u2716 ${plural2(fatal, "file")} could not be read`)}`;
        if (fixable > 0)
          tail += `
${c.dim(`  ${fixable} of them can be fixed in scripts with --fix`)}`;
      }
      if (suppressed > 0)
        tail += `
${c.dim(`  ${plural2(suppressed, "finding")} hidden by talklint-disable comments`)}`;
      if (baseline)
        tail += `
${c.dim(`  baseline: ${plural2(hidden, "known finding")} hidden, ${plural2(gone, "recorded finding")} no longer ${gone === 1 ? "occurs" : "occur"}`)}`;
      return (blocks > 0 ? "\n\n" : "") + tail + "\n";
    }
  };
}

// dist/formatters/unix.js
var unixStream = () => lineStream((r, fatal) => `${r.filePath}:${fatal.line ?? 0}:${fatal.column ?? 0}: ${oneLine(fatal.message)} [Error]`, (r, d) => `${r.filePath}:${d.line}:${d.column}: ${oneLine(d.message)} [${severityWord(d.severity)}/${d.ruleId}]`);
var unix = {
  name: "unix",
  usesFingerprints: false,
  description: 'one line per finding: "path:line:col: message [Error/rule]" (ESLint unix)',
  format: (results) => streamAll(unixStream(), results),
  stream: () => unixStream()
};

// dist/formatters/summary.js
var WORST_CALLS = 10;
var round1 = (n) => Math.round(n * 10) / 10;
function callsOf(r, cwd) {
  const file = shownPath(r, cwd);
  const byCall = /* @__PURE__ */ new Map();
  for (const d of r.diagnostics) {
    const id = d.callId ?? null;
    const list = byCall.get(id) ?? [];
    list.push(d);
    byCall.set(id, list);
  }
  const make = (id, diagnostics, rec) => {
    const bySeverity = { error: 0, warning: 0, info: 0 };
    const hits = {};
    for (const d of diagnostics) {
      bySeverity[d.severity]++;
      hits[d.ruleId] = (hits[d.ruleId] ?? 0) + 1;
    }
    const c = {
      file,
      id,
      autoFailItems: rec?.score?.autoFailItems ?? [],
      failedItems: rec?.score?.items.filter((i) => i.status === "fail").map((i) => i.id) ?? [],
      findings: diagnostics.length,
      bySeverity,
      hits,
      checked: rec ? rec.checked : null
    };
    if (rec?.agent !== void 0)
      c.agent = rec.agent;
    if (rec?.score)
      c.score = rec.score.score;
    return c;
  };
  if (r.calls)
    return r.calls.map((rec) => make(rec.id, byCall.get(rec.id) ?? [], rec));
  if (byCall.size === 0)
    return [make(null, [])];
  return [...byCall.entries()].map(([id, ds]) => make(id, ds));
}
var SummaryBuilder = class {
  cwd;
  calls = [];
  files = 0;
  filesSkipped = 0;
  scorecard = "";
  constructor(cwd) {
    this.cwd = cwd;
  }
  add(r) {
    this.files++;
    if (r.fatal) {
      this.filesSkipped++;
      return;
    }
    for (const c of callsOf(r, this.cwd))
      this.calls.push(c);
    if (this.scorecard === "")
      this.scorecard = r.calls?.find((c) => c.score)?.score?.scorecard ?? "";
  }
  build() {
    return summaryOf(this.calls, this.files, this.filesSkipped, this.scorecard);
  }
};
function summaryOf(calls, files, filesSkipped, scorecard) {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const c of calls)
    for (const s of ["error", "warning", "info"])
      bySeverity[s] += c.bySeverity[s];
  const ruleIds = /* @__PURE__ */ new Set();
  for (const c of calls) {
    for (const id of Object.keys(c.hits))
      ruleIds.add(id);
    for (const id of c.checked ?? [])
      ruleIds.add(id);
  }
  const rules = [...ruleIds].map((ruleId) => {
    const relevant = calls.filter((c) => c.checked === null || c.checked.includes(ruleId) || (c.hits[ruleId] ?? 0) > 0);
    const withHit = relevant.filter((c) => (c.hits[ruleId] ?? 0) > 0).length;
    const hits = relevant.reduce((n, c) => n + (c.hits[ruleId] ?? 0), 0);
    return { ruleId, hits, callsWithHit: withHit, calls: relevant.length, rate: relevant.length === 0 ? 0 : withHit / relevant.length };
  });
  rules.sort((a, b) => b.callsWithHit - a.callsWithHit || b.hits - a.hits || a.ruleId.localeCompare(b.ruleId));
  const scored = calls.filter((c) => c.score !== void 0);
  let scores = null;
  if (scored.length > 0) {
    const values = scored.map((c) => c.score).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    const buckets = [];
    for (let lo = 0; lo < 100; lo += 10)
      buckets.push({ label: `${lo}\u2013${lo + 9}`, min: lo, max: lo + 10, calls: 0 });
    buckets.push({ label: "100", min: 100, max: 100, calls: 0 });
    for (const v of values) {
      const b = v >= 100 ? buckets[10] : buckets[Math.floor(v / 10)];
      b.calls++;
    }
    scores = {
      scorecard,
      scored: values.length,
      mean: round1(values.reduce((a, b) => a + b, 0) / values.length),
      median: round1(median),
      min: values[0],
      max: values[values.length - 1],
      autoFailed: scored.filter((c) => c.autoFailItems.length > 0).length,
      buckets
    };
  }
  const worst = calls.filter((c) => c.findings > 0 || c.score !== void 0 && c.score < 100).sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || b.bySeverity.error - a.bySeverity.error || b.bySeverity.warning - a.bySeverity.warning || b.findings - a.findings || a.file.localeCompare(b.file) || String(a.id).localeCompare(String(b.id))).slice(0, WORST_CALLS);
  const agentNames = [...new Set(calls.map((c) => c.agent).filter((a) => a !== void 0))].sort((a, b) => a.localeCompare(b));
  const agents = agentNames.map((agent) => {
    const mine = calls.filter((c) => c.agent === agent);
    const scoredMine = mine.filter((c) => c.score !== void 0);
    return {
      agent,
      calls: mine.length,
      callsWithFindings: mine.filter((c) => c.findings > 0).length,
      findings: mine.reduce((n, c) => n + c.findings, 0),
      meanScore: scoredMine.length === 0 ? null : round1(scoredMine.reduce((n, c) => n + c.score, 0) / scoredMine.length),
      autoFailed: mine.filter((c) => c.autoFailItems.length > 0).length
    };
  });
  return {
    files,
    filesSkipped,
    calls: calls.length,
    callsWithFindings: calls.filter((c) => c.findings > 0).length,
    findings: calls.reduce((n, c) => n + c.findings, 0),
    bySeverity,
    rules,
    scores,
    worst,
    agents
  };
}
var pct = (n) => `${(n * 100).toFixed(1)}%`;
var plural3 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function table(rows, rightAligned) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i] ?? ""].length)));
  return rows.map((r) => r.map((cell, i) => rightAligned.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd());
}
function callName(c) {
  return c.id !== null ? `${c.file}#${c.id}` : c.file;
}
function summaryText(s) {
  const out = [];
  const skipped = s.filesSkipped > 0 ? ` (${plural3(s.filesSkipped, "file")} skipped)` : "";
  out.push(`talklint summary: ${plural3(s.calls, "call")} in ${plural3(s.files, "file")}${skipped}`);
  out.push(`  ${plural3(s.findings, "finding")} (${plural3(s.bySeverity.error, "error")}, ${plural3(s.bySeverity.warning, "warning")}, ${s.bySeverity.info} info) in ${plural3(s.callsWithFindings, "call")}` + (s.calls > 0 ? ` (${pct(s.callsWithFindings / s.calls)} of calls)` : ""));
  out.push("");
  if (s.rules.length > 0) {
    out.push("Rules");
    const rows = [["  rule", "hits", "calls with a hit", "rate"]];
    for (const r of s.rules)
      rows.push([`  ${r.ruleId}`, String(r.hits), `${r.callsWithHit}/${r.calls}`, pct(r.rate)]);
    out.push(...table(rows, /* @__PURE__ */ new Set([1, 2, 3])));
    out.push("");
  }
  if (s.scores) {
    const sc = s.scores;
    out.push(`Scores (scorecard ${sc.scorecard}): ${plural3(sc.scored, "call")} scored, mean ${sc.mean}, median ${sc.median}, min ${sc.min}, max ${sc.max}, ${sc.autoFailed} auto-failed`);
    const most = Math.max(...sc.buckets.map((b) => b.calls), 1);
    const rows = sc.buckets.map((b) => [`  ${b.label}`, String(b.calls), "#".repeat(Math.round(b.calls / most * 20))]);
    out.push(...table(rows, /* @__PURE__ */ new Set([1])));
    out.push("");
  }
  if (s.worst.length > 0) {
    out.push("Worst calls");
    const rows = [["  call", "agent", "score", "errors", "warnings", "info", "failed items"]];
    for (const c of s.worst) {
      const failed = c.autoFailItems.length > 0 ? `auto-fail: ${c.autoFailItems.join(", ")}; ${c.failedItems.filter((i) => !c.autoFailItems.includes(i)).join(", ")}` : c.failedItems.join(", ");
      rows.push([`  ${callName(c)}`, c.agent ?? "-", c.score !== void 0 ? String(c.score) : "-", String(c.bySeverity.error), String(c.bySeverity.warning), String(c.bySeverity.info), failed.replace(/; $/, "")]);
    }
    out.push(...table(rows, /* @__PURE__ */ new Set([2, 3, 4, 5])));
    out.push("");
  }
  if (s.agents.length > 0) {
    out.push("Agents");
    const rows = [["  agent", "calls", "with findings", "findings", "per call", "mean score", "auto-failed"]];
    for (const a of s.agents) {
      rows.push([`  ${a.agent}`, String(a.calls), String(a.callsWithFindings), String(a.findings), (a.findings / a.calls).toFixed(1), a.meanScore !== null ? String(a.meanScore) : "-", String(a.autoFailed)]);
    }
    out.push(...table(rows, /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6])));
    out.push("");
  }
  return out.join("\n");
}
function csvCell(v) {
  if (v === null)
    return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function summaryCsv(s) {
  const rows = [["table", "key", "calls", "calls_with_hit", "hits", "rate", "score"]];
  rows.push(["total", "all", s.calls, s.callsWithFindings, s.findings, s.calls ? round4(s.callsWithFindings / s.calls) : 0, s.scores ? s.scores.mean : null]);
  for (const r of s.rules)
    rows.push(["rule", r.ruleId, r.calls, r.callsWithHit, r.hits, round4(r.rate), null]);
  if (s.scores)
    for (const b of s.scores.buckets)
      rows.push(["score", b.label, b.calls, null, null, null, null]);
  for (const a of s.agents)
    rows.push(["agent", a.agent, a.calls, a.callsWithFindings, a.findings, round4(a.callsWithFindings / a.calls), a.meanScore]);
  for (const c of s.worst)
    rows.push(["worst", callName(c), 1, c.findings > 0 ? 1 : 0, c.findings, null, c.score ?? null]);
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}
var round4 = (n) => Math.round(n * 1e4) / 1e4;
function summaryStream(render) {
  return (ctx) => {
    const builder = new SummaryBuilder(ctx.cwd);
    return {
      file(r) {
        builder.add(r);
        return "";
      },
      end: () => render(builder.build())
    };
  };
}
function summaryFormatter(name, description, render) {
  const stream = summaryStream(render);
  return { name, description, usesFingerprints: false, stream, format: (results, ctx) => streamAll(stream(ctx), results) };
}
var summary = summaryFormatter("summary", "Figures over all calls: per-rule hit rates, score distribution, worst calls, per-agent figures", summaryText);
var summaryJson = summaryFormatter("summary-json", "The summary figures as JSON", (s) => JSON.stringify(s, null, 2) + "\n");
var summaryCsvFormatter = summaryFormatter("summary-csv", "The summary figures as one CSV table in long form (table,key,calls,calls_with_hit,hits,rate,score)", summaryCsv);

// dist/formatters/index.js
var FORMATTERS = new Map([stylish, json, sarif, junit, checkstyle, github, compact, unix, summary, summaryJson, summaryCsvFormatter].map((f) => [f.name, f]));
function keepFrameLines(result) {
  const source = result.source;
  delete result.source;
  if (source === void 0 || result.diagnostics.length === 0)
    return;
  const wanted = /* @__PURE__ */ new Set();
  for (const d of result.diagnostics)
    for (let l = d.line; l <= Math.min(d.endLine, d.line + 4); l++)
      wanted.add(l);
  const lines = {};
  let line = 1;
  let start = 0;
  for (; ; ) {
    const nl = source.indexOf("\n", start);
    if (wanted.has(line))
      lines[line] = source.slice(start, nl === -1 ? source.length : nl).replace(/\r$/, "");
    if (nl === -1)
      break;
    start = nl + 1;
    line++;
  }
  result.sourceLines = lines;
}

// dist/text/own-copy.js
var SLICE_MIN_LENGTH = 13;
function ownCopy(s) {
  return s.length < SLICE_MIN_LENGTH ? s : Array.from(s).join("");
}

// dist/api/lint-files.js
import { readFileSync as readFileSync4 } from "node:fs";
import { relative as relative2 } from "node:path";

// dist/text/fillers.js
var CLAUSE_WORDS = [
  "\u0430",
  "\u043D\u043E",
  "\u043F\u043E\u0442\u043E\u043C\u0443 \u0447\u0442\u043E",
  "\u0435\u0441\u043B\u0438",
  "\u043A\u043E\u0433\u0434\u0430",
  "\u0447\u0442\u043E\u0431\u044B",
  "\u0438\u043D\u0430\u0447\u0435",
  "\u0430 \u043F\u043E\u0442\u043E\u043C",
  "\u0438 \u043F\u043E\u0442\u043E\u043C",
  "\u043F\u043E\u0441\u043B\u0435 \u044D\u0442\u043E\u0433\u043E",
  "but",
  "because",
  "if",
  "when",
  "otherwise",
  "and then",
  "so that",
  "\u7136\u540E",
  "\u4F46\u662F",
  "\u53EF\u662F",
  "\u56E0\u4E3A",
  "\u5982\u679C",
  "\u6240\u4EE5",
  "\u5426\u5219",
  "\u4E0D\u7136",
  "\u4E4B\u540E"
];
var DEFAULT_FILLERS = {
  ru: [
    "\u043D\u0443",
    "\u0432\u043E\u0442",
    "\u044D",
    "\u044D\u044D",
    "\u044D\u044D\u044D",
    "\u044D\u043C",
    "\u043C\u043C\u043C",
    "\u043C\u043C",
    "\u043A\u0430\u043A \u0431\u044B",
    "\u0442\u0438\u043F\u0430",
    "\u043A\u043E\u0440\u043E\u0447\u0435",
    "\u0432 \u043E\u0431\u0449\u0435\u043C",
    "\u044D\u0442\u043E \u0441\u0430\u043C\u043E\u0435",
    "\u0437\u043D\u0430\u0447\u0438\u0442",
    "\u0442\u0430\u043A \u0441\u043A\u0430\u0437\u0430\u0442\u044C",
    "\u0447\u0435\u0441\u0442\u043D\u043E \u0433\u043E\u0432\u043E\u0440\u044F",
    "\u0441\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u043E",
    "\u043A\u0441\u0442\u0430\u0442\u0438",
    "\u043F\u0440\u043E\u0441\u0442\u043E",
    "\u0432\u043E\u043E\u0431\u0449\u0435-\u0442\u043E",
    "\u0436\u0435",
    "\u0443\u0436",
    "\u0432\u0435\u0434\u044C",
    "\u0432\u043E\u043E\u0431\u0449\u0435",
    "\u043F\u043E\u0436\u0430\u043B\u0443\u0439",
    "\u043A \u0441\u043E\u0436\u0430\u043B\u0435\u043D\u0438\u044E",
    "\u0441\u0435\u0439\u0447\u0430\u0441",
    "\u043F\u043E\u043A\u0430",
    "\u043A\u043E\u043D\u0435\u0447\u043D\u043E",
    "\u043D\u0430\u0432\u0435\u0440\u043D\u043E\u0435",
    "\u0432\u0438\u0434\u0438\u043C\u043E",
    "\u0442\u0430\u043C",
    "\u0442\u0443\u0442",
    "\u0432\u043E\u0442 \u044D\u0442\u043E",
    // parenthetical words said to the listener ("\u044d\u0442\u043e, \u0437\u043d\u0430\u0435\u0442\u0435, \u043d\u0435 \u043a\u043e \u043c\u043d\u0435", "\u043f\u0435\u0440\u0435\u0437\u0432\u043e\u043d\u0438\u0442\u0435, \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430, \u043f\u043e\u0437\u0436\u0435")
    "\u0437\u043D\u0430\u0435\u0442\u0435",
    "\u043F\u043E\u043D\u0438\u043C\u0430\u0435\u0442\u0435",
    "\u0441\u043B\u0443\u0448\u0430\u0439\u0442\u0435",
    "\u0441\u043C\u043E\u0442\u0440\u0438\u0442\u0435",
    "\u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430",
    // intensifiers that do not change what is said ("\u044f \u043f\u0440\u0430\u0432\u0434\u0430 \u043d\u0435 \u0437\u043d\u0430\u044e", "\u0432\u044b \u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u043e \u0434\u043e\u043b\u0436\u043d\u044b")
    "\u043F\u0440\u0430\u0432\u0434\u0430",
    "\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0442\u0435\u043B\u044C\u043D\u043E",
    "\u0442\u043E\u0447\u043D\u043E",
    "\u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E",
    "\u043F\u0440\u044F\u043C\u043E"
  ],
  zh: ["\u55EF", "\u554A", "\u5443", "\u989D", "\u90A3\u4E2A", "\u8FD9\u4E2A", "\u5C31\u662F", "\u7136\u540E", "\u5176\u5B9E", "\u5427", "\u5462", "\u54E6", "\u5662", "\u771F\u7684", "\u73B0\u5728", "\u76EE\u524D", "\u6682\u65F6", "\u4E5F", "\u90FD", "\u8FD8", "\u786E\u5B9E"],
  en: [
    "um",
    "uh",
    "er",
    "erm",
    "uhm",
    "hmm",
    "like",
    "you know",
    "i mean",
    "well",
    "actually",
    "honestly",
    "really",
    "just",
    "so",
    "basically",
    "to be honest",
    "sort of",
    "kind of",
    "unfortunately",
    "right now",
    "currently",
    "definitely",
    "certainly",
    "simply"
  ]
};

// dist/text/morphology.js
var import_porter_stemmer_ru = __toESM(require_porter_stemmer_ru(), 1);
var import_porter_stemmer = __toESM(require_porter_stemmer(), 1);
var RU_ENDINGS = [
  // verbs: present/future, past, infinitive, imperative
  "\u0435\u0442\u0435",
  "\u0435\u0448\u044C",
  "\u0435\u0442",
  "\u0435\u043C",
  "\u0443\u0442",
  "\u044E\u0442",
  "\u0438\u0442\u0435",
  "\u0438\u0448\u044C",
  "\u0438\u0442",
  "\u0438\u043C",
  "\u0430\u0442",
  "\u044F\u0442",
  "\u0442\u044C",
  "\u0442\u0438",
  "\u043B\u0430",
  "\u043B\u043E",
  "\u043B\u0438",
  "\u043B",
  "\u0439\u0442\u0435",
  "\u0439",
  // nouns and adjectives
  "\u0430\u043C\u0438",
  "\u044F\u043C\u0438",
  "\u043E\u0433\u043E",
  "\u0435\u0433\u043E",
  "\u043E\u043C\u0443",
  "\u0435\u043C\u0443",
  "\u044B\u043C\u0438",
  "\u0438\u043C\u0438",
  "\u043E\u0439",
  "\u0435\u0439",
  "\u043E\u043C",
  "\u0430\u043C",
  "\u044F\u043C",
  "\u0430\u0445",
  "\u044F\u0445",
  "\u043E\u0432",
  "\u0435\u0432",
  "\u0438\u0439",
  "\u044B\u0439",
  "\u0430\u044F",
  "\u044F\u044F",
  "\u043E\u0435",
  "\u0435\u0435",
  "\u044B\u0435",
  "\u0438\u0435",
  "\u0443\u044E",
  "\u044E\u044E",
  "\u044B\u043C",
  "\u044B\u0445",
  "\u0438\u0445",
  // short adjectives with the fleeting vowel (\u0434\u043e\u043b\u0436\u0435\u043d/\u0434\u043e\u043b\u0436\u043d\u0430, \u043d\u0443\u0436\u0435\u043d/\u043d\u0443\u0436\u043d\u0430)
  "\u0435\u043D",
  "\u043D\u0430",
  "\u043D\u043E",
  "\u043D\u044B",
  "\u0430",
  "\u044F",
  "\u043E",
  "\u0435",
  "\u044B",
  "\u0438",
  "\u0443",
  "\u044E",
  "\u044C"
];
var MIN_BASE = 3;
function russianKeys(word) {
  const keys = /* @__PURE__ */ new Set([word, import_porter_stemmer_ru.default.stem(word)]);
  const bases = [word];
  if ((word.endsWith("\u0441\u044F") || word.endsWith("\u0441\u044C")) && word.length - 2 >= MIN_BASE + 1) {
    bases.push(word.slice(0, -2));
    keys.add(word.slice(0, -2));
  }
  for (const base of bases) {
    for (const ending of RU_ENDINGS) {
      if (base.endsWith(ending) && base.length - ending.length >= MIN_BASE)
        keys.add(base.slice(0, -ending.length));
    }
  }
  return [...keys];
}
function englishKeys(word) {
  const stem = import_porter_stemmer.default.stem(word);
  return stem === word ? [word] : [word, stem];
}
var CYRILLIC = new RegExp("\\p{Script=Cyrillic}", "u");
var LATIN = new RegExp("\\p{Script=Latin}", "u");
var MORPH_MIN_LENGTH = 4;
function scriptOf(word) {
  if (CYRILLIC.test(word))
    return "cyrillic";
  if (LATIN.test(word))
    return "latin";
  if (new RegExp("\\p{Script=Han}", "u").test(word))
    return "han";
  return "other";
}
var known = /* @__PURE__ */ new Map();
function rememberMorphKeys(entries) {
  for (const [word, keys] of entries)
    known.set(word, keys);
}
function morphKeys(word) {
  const remembered = known.get(word);
  if (remembered !== void 0)
    return remembered;
  const script = scriptOf(word);
  if (script === "cyrillic")
    return russianKeys(word);
  if (script === "latin")
    return englishKeys(word);
  return [];
}

// dist/text/tokenize.js
var SENTENCE_START = 1;
var AFTER_PUNCT = 2;
var HAN = 4;
var TOKEN = new RegExp("(\\p{Script=Han})|([[\\p{L}\\p{N}\\p{M}]--[\\p{Script=Han}]]+(?:['\\-][[\\p{L}\\p{N}\\p{M}]--[\\p{Script=Han}]]+)*)|([.!?\u3002\uFF01\uFF1F\u2026]+)|([^\\s[\\p{L}\\p{N}\\p{M}]])", "gv");
var C_SPACE = 1;
var C_HAN = 2;
var C_WORD = 3;
var C_SENTENCE = 4;
var C_OTHER = 5;
var IS_HAN = new RegExp("^\\p{Script=Han}$", "v");
var IS_WORD = new RegExp("^[[\\p{L}\\p{N}\\p{M}]--[\\p{Script=Han}]]$", "v");
var IS_SENTENCE = new RegExp("^[.!?\u3002\uFF01\uFF1F\u2026]$", "v");
var IS_SPACE = new RegExp("^\\s$", "v");
var bmpClass = new Uint8Array(65536);
var astralClass = /* @__PURE__ */ new Map();
function classify(ch) {
  return IS_HAN.test(ch) ? C_HAN : IS_WORD.test(ch) ? C_WORD : IS_SENTENCE.test(ch) ? C_SENTENCE : IS_SPACE.test(ch) ? C_SPACE : C_OTHER;
}
function classAt(s, i, n) {
  const c = s.charCodeAt(i);
  if (c < 55296 || c > 57343) {
    const k = bmpClass[c];
    return k !== 0 ? k : classifyBmp(c);
  }
  return classSurrogate(s, i, n, c);
}
function classifyBmp(c) {
  const k = classify(String.fromCharCode(c));
  bmpClass[c] = k;
  return k;
}
function classSurrogate(s, i, n, c) {
  if (c <= 56319 && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d >= 56320 && d <= 57343) {
      const cp = (c - 55296) * 1024 + (d - 56320) + 65536;
      let k = astralClass.get(cp);
      if (k === void 0) {
        k = classify(String.fromCodePoint(cp));
        astralClass.set(cp, k);
      }
      return k | 8;
    }
  }
  return C_OTHER;
}
function tokenize(normalised) {
  const out = { text: [], start: [], end: [], flags: [] };
  let pending = SENTENCE_START | AFTER_PUNCT;
  const n = normalised.length;
  let i = 0;
  while (i < n) {
    const k = classAt(normalised, i, n);
    const cls = k & 7;
    const len = k & 8 ? 2 : 1;
    if (cls === C_SPACE) {
      i += len;
    } else if (cls === C_HAN) {
      out.text.push(normalised.slice(i, i + len));
      out.start.push(i);
      out.end.push(i + len);
      out.flags.push(pending | HAN);
      pending = 0;
      i += len;
    } else if (cls === C_WORD) {
      const start = i;
      let j = i + len;
      let apostrophe = false;
      for (; ; ) {
        while (j < n) {
          const kj = classAt(normalised, j, n);
          if ((kj & 7) !== C_WORD)
            break;
          j += kj & 8 ? 2 : 1;
        }
        if (j + 1 < n) {
          const c = normalised.charCodeAt(j);
          if ((c === 39 || c === 45) && (classAt(normalised, j + 1, n) & 7) === C_WORD) {
            if (c === 39)
              apostrophe = true;
            j += 1;
            continue;
          }
        }
        break;
      }
      const raw = normalised.slice(start, j);
      out.text.push(apostrophe ? raw.replace(/'/g, "") : raw);
      out.start.push(start);
      out.end.push(j);
      out.flags.push(pending);
      pending = 0;
      i = j;
    } else if (cls === C_SENTENCE) {
      pending |= SENTENCE_START | AFTER_PUNCT;
      i += len;
    } else {
      pending |= AFTER_PUNCT;
      i += len;
    }
  }
  return out;
}

// dist/pattern/regex-needs.js
var NOTHING = { literal: "", digit: false };
var DIGIT = /[0-9]/;
function regexNeeds(source, flags) {
  let literal = "";
  let run = "";
  let digit = false;
  const endRun = () => {
    if (run.length > literal.length)
      literal = run;
    run = "";
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i];
    let kind = "other";
    let char = "";
    if (ch === "|")
      return NOTHING;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "d") {
        kind = "digit";
        i += 2;
      } else if (next === "b" || next === "B") {
        kind = "assertion";
        i += 2;
      } else if ((next === "p" || next === "P" || next === "u") && source[i + 2] === "{") {
        i = closing(source, i + 2, "}");
      } else if (next === "k" && source[i + 2] === "<") {
        i = closing(source, i + 2, ">");
      } else if (next === "u") {
        i += 6;
      } else if (next === "x") {
        i += 4;
      } else if (next === "c") {
        i += 3;
      } else if (/[^A-Za-z0-9]/.test(next) && next !== "") {
        kind = "char";
        char = next;
        i += 2;
      } else {
        i += 2;
      }
    } else if (ch === "[") {
      i = classEnd(source, i);
    } else if (ch === "(") {
      const end = groupEnd(source, i);
      if (end < 0)
        return NOTHING;
      kind = /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4)) ? "assertion" : "other";
      i = end;
    } else if (ch === "^" || ch === "$") {
      kind = "assertion";
      i++;
    } else if (ch === "." || ch === ")" || ch === "]" || ch === "{" || ch === "}" || ch === "?" || ch === "*" || ch === "+") {
      if (ch === ")")
        return NOTHING;
      i++;
    } else {
      kind = "char";
      char = ch;
      i++;
      const c = ch.charCodeAt(0);
      if (c >= 55296 && c <= 56319 && i < n) {
        char += source[i];
        i++;
      }
    }
    let min = 1;
    let quantified = false;
    const q = source[i];
    if (q === "?" || q === "*") {
      min = 0;
      quantified = true;
      i++;
    } else if (q === "+") {
      quantified = true;
      i++;
    } else if (q === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
      if (m) {
        min = Number(m[1]);
        quantified = true;
        i += m[0].length;
      }
    }
    if (quantified && source[i] === "?")
      i++;
    if (kind === "assertion")
      continue;
    if (min === 0) {
      endRun();
      continue;
    }
    if (kind === "digit" || kind === "char" && DIGIT.test(char))
      digit = true;
    if (kind === "char") {
      run += char;
      if (quantified)
        endRun();
    } else
      endRun();
  }
  endRun();
  return { literal: flags.includes("i") ? "" : literal, digit };
}
function closing(source, open, close) {
  const k = source.indexOf(close, open);
  return k < 0 ? source.length : k + 1;
}
function classEnd(source, start) {
  let depth = 0;
  for (let k = start; k < source.length; k++) {
    const c = source[k];
    if (c === "\\")
      k++;
    else if (c === "[")
      depth++;
    else if (c === "]" && --depth === 0)
      return k + 1;
  }
  return source.length;
}
function groupEnd(source, start) {
  let depth = 0;
  for (let k = start; k < source.length; k++) {
    const c = source[k];
    if (c === "\\")
      k++;
    else if (c === "[")
      k = classEnd(source, k) - 1;
    else if (c === "(")
      depth++;
    else if (c === ")" && --depth === 0)
      return k + 1;
  }
  return -1;
}

// dist/pattern/word-table.js
var TokenBuffer = class {
  count = 0;
  ids = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Uint8Array(256);
  /** Room for `n` tokens (a text of n code units has at most n tokens). */
  ensure(n) {
    if (n <= this.ids.length)
      return;
    const size = Math.max(n, this.ids.length * 2);
    this.ids = new Int32Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.flags = new Uint8Array(size);
  }
};
var APOSTROPHE = 39;
var HYPHEN = 45;
function hashOf(word) {
  let h = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c !== APOSTROPHE)
      h = Math.imul(h, 31) + c | 0;
  }
  return h;
}
function spread(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  return h ^ h >>> 13;
}
var WordTable = class {
  analyse;
  maxWords;
  /** Id \u2192 word. */
  words = [];
  /** Id \u2192 its analysis (made when a scan first meets the word; undefined before). */
  values = [];
  hashes = new Int32Array(1024);
  /** Id \u2192 number of the last scan that met the word (see `seen`). */
  stamps = new Int32Array(1024);
  /** Number of the current scan (stamps of earlier scans are smaller). */
  scans = 0;
  /** How many times the table has forgotten words (an id may then stand for another word). */
  generation = 0;
  /** Open addressing: id + 1, 0 = empty. Words of one code unit live in `single` instead. */
  slots = new Int32Array(2048);
  mask = 2047;
  /** Code unit \u2192 id of the one-unit word (every Han character, \u044f, a, i), or -1. */
  single = new Int32Array(65536).fill(-1);
  permanent = 0;
  /**
   * Id given to a token of ASCII digits that the table does not hold (-1: none; such tokens are
   * then interned like any word). The matcher sets it when a number it does not hold cannot match
   * any pattern word: such numbers then share one analysis and are never interned.
   */
  numberId = -1;
  /**
   * Whether a word the table does not hold shares the number analysis too (numberId; the matcher
   * says which: words with a digit that no pattern can match, such as "ab12345").
   */
  plainMiss = null;
  constructor(analyse, maxWords) {
    this.analyse = analyse;
    this.maxWords = maxWords;
  }
  get size() {
    return this.words.length;
  }
  /** The id of `word` (normalised, no apostrophes), interning it when new (analysed when first scanned). */
  intern(word) {
    if (word.length === 1) {
      const id = this.single[word.charCodeAt(0)];
      return id >= 0 ? id : this.insert(word, 0);
    }
    const h = hashOf(word);
    for (let idx = spread(h) & this.mask; ; idx = idx + 1 & this.mask) {
      const e = this.slots[idx];
      if (e === 0)
        return this.insert(word, h);
      if (this.hashes[e - 1] === h && this.words[e - 1] === word)
        return e - 1;
    }
  }
  /** Interns a word with a value of the caller's (not analysed), e.g. the shared number analysis. */
  internWith(word, value) {
    const id = this.intern(word);
    this.values[id] = value;
    return id;
  }
  /** Words interned so far are kept for good (see the module comment). */
  freeze() {
    this.permanent = this.words.length;
  }
  /**
   * Splits `s` (normalised text) into tokens, as `tokenize` does, into `out`: each token's word id,
   * start and end offsets, and flags (SENTENCE_START, AFTER_PUNCT, HAN).
   */
  scan(s, out) {
    if (this.words.length > this.maxWords)
      this.trim();
    const scanNo = ++this.scans;
    const n = s.length;
    out.ensure(n);
    const ids = out.ids;
    const starts = out.start;
    const ends = out.end;
    const flags = out.flags;
    let count3 = 0;
    let pending = SENTENCE_START | AFTER_PUNCT;
    let i = 0;
    while (i < n) {
      const c0 = s.charCodeAt(i);
      let k = bmpClass[c0];
      if (k === 0)
        k = classAt(s, i, n);
      const cls = k & 7;
      const len = k & 8 ? 2 : 1;
      if (cls === C_SPACE) {
        i += len;
      } else if (cls === C_HAN) {
        ids[count3] = len === 1 ? this.singleId(c0) : this.find(s, i, i + 2, Math.imul(c0, 31) + s.charCodeAt(i + 1) | 0, false);
        starts[count3] = i;
        ends[count3] = i + len;
        flags[count3++] = pending | HAN;
        pending = 0;
        i += len;
      } else if (cls === C_WORD) {
        let j = i;
        let h = 0;
        let apostrophe = false;
        for (; ; ) {
          while (j < n) {
            const c = s.charCodeAt(j);
            const kc = bmpClass[c];
            if (kc === C_WORD) {
              h = Math.imul(h, 31) + c | 0;
              j++;
              continue;
            }
            if (kc !== 0)
              break;
            const kj = classAt(s, j, n);
            if ((kj & 7) !== C_WORD)
              break;
            h = Math.imul(h, 31) + c | 0;
            if (kj & 8) {
              h = Math.imul(h, 31) + s.charCodeAt(j + 1) | 0;
              j += 2;
            } else
              j++;
          }
          if (j + 1 < n) {
            const c = s.charCodeAt(j);
            if ((c === APOSTROPHE || c === HYPHEN) && (classAt(s, j + 1, n) & 7) === C_WORD) {
              if (c === APOSTROPHE)
                apostrophe = true;
              else
                h = Math.imul(h, 31) + c | 0;
              j++;
              continue;
            }
          }
          break;
        }
        ids[count3] = j - i === 1 ? this.singleId(s.charCodeAt(i)) : this.find(s, i, j, h, apostrophe);
        starts[count3] = i;
        ends[count3] = j;
        flags[count3++] = pending;
        pending = 0;
        i = j;
      } else if (cls === C_SENTENCE) {
        pending |= SENTENCE_START | AFTER_PUNCT;
        i += len;
      } else {
        pending |= AFTER_PUNCT;
        i += len;
      }
    }
    out.count = count3;
    const stamps = this.stamps;
    for (let k = 0; k < count3; k++)
      stamps[ids[k]] = scanNo;
  }
  /** Whether the text last scanned has a token of word `id`. */
  seen(id) {
    return this.stamps[id] === this.scans;
  }
  singleId(c) {
    const id = this.single[c];
    if (id >= 0)
      return this.values[id] === void 0 ? this.analysed(id) : id;
    if (this.numberId >= 0 && c >= 48 && c <= 57)
      return this.numberId;
    return this.analysed(this.insert(String.fromCharCode(c), 0));
  }
  /** The id of the word s[start, end) whose hash is h, interning it when new. */
  find(s, start, end, h, apostrophe) {
    const words2 = this.words;
    for (let idx = spread(h) & this.mask; ; idx = idx + 1 & this.mask) {
      const e = this.slots[idx];
      if (e === 0)
        break;
      if (this.hashes[e - 1] === h && sameWord(words2[e - 1], s, start, end, apostrophe))
        return this.values[e - 1] === void 0 ? this.analysed(e - 1) : e - 1;
    }
    if (this.numberId >= 0 && !apostrophe && (allDigits(s, start, end) || this.plainMiss !== null && this.plainMiss(s, start, end)))
      return this.numberId;
    const raw = s.slice(start, end);
    return this.analysed(this.insert(ownCopy(apostrophe ? raw.replace(/'/g, "") : raw), h));
  }
  /** Analyses word `id` (interned but not yet met in a text); returns the id. */
  analysed(id) {
    this.values[id] = this.analyse(this.words[id]);
    return id;
  }
  insert(word, h) {
    const id = this.words.length;
    this.words.push(word);
    this.values.push(void 0);
    if (id >= this.hashes.length) {
      this.hashes = grown(this.hashes, id + 1);
      this.stamps = grown(this.stamps, id + 1);
    }
    if (word.length === 1)
      this.single[word.charCodeAt(0)] = id;
    else {
      this.hashes[id] = h;
      if ((id + 1) * 2 > this.slots.length)
        this.rehash(this.slots.length * 2);
      else
        this.place(id);
    }
    return id;
  }
  place(id) {
    let idx = spread(this.hashes[id]) & this.mask;
    while (this.slots[idx] !== 0)
      idx = idx + 1 & this.mask;
    this.slots[idx] = id + 1;
  }
  rehash(size) {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.words.length; id++)
      if (this.words[id].length !== 1)
        this.place(id);
  }
  /** Forgets every word interned after `freeze`. */
  trim() {
    this.generation++;
    this.words.length = this.permanent;
    this.values.length = this.permanent;
    for (let c = 0; c < 65536; c++)
      if (this.single[c] >= this.permanent)
        this.single[c] = -1;
    let size = 2048;
    while (size < this.permanent * 2)
      size *= 2;
    this.rehash(size);
  }
};
function grown(a, min) {
  let size = a.length * 2;
  while (size < min)
    size *= 2;
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
function allDigits(s, start, end) {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57)
      return false;
  }
  return true;
}
function sameWord(word, s, start, end, apostrophe) {
  if (!apostrophe) {
    if (word.length !== end - start)
      return false;
    for (let k = start, p2 = 0; k < end; k++, p2++)
      if (word.charCodeAt(p2) !== s.charCodeAt(k))
        return false;
    return true;
  }
  let p = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === APOSTROPHE)
      continue;
    if (p >= word.length || word.charCodeAt(p) !== c)
      return false;
    p++;
  }
  return p === word.length;
}

// dist/pattern/matcher.js
var OP_WORD = 0;
var OP_SPLIT = 1;
var OP_JMP = 2;
var OP_GAP = 3;
var OP_SLOT = 4;
var OP_MATCH = 5;
var CHOICE = 6;
var LazyAnalyzedText = class {
  normalized;
  made;
  constructor(normalized) {
    this.normalized = normalized;
  }
  get tokens() {
    return this.made ??= tokenize(this.normalized);
  }
};
function analyzeText(normalized) {
  return new LazyAnalyzedText(normalized);
}
var NO_SLOTS = Object.freeze({});
var ROLE_BIT = { agent: 1, customer: 2, unknown: 4 };
var ALL_ROLES = 7;
var ROLE_SHIFT = 8;
function scopeRoles(scope) {
  return scope === "any" ? ALL_ROLES : ROLE_BIT[scope];
}
var MAX_FILLER_SKIPS = 2;
var LANGUAGE_BIT = { ru: 1, zh: 2, en: 4 };
function languageBits(languages) {
  let bits = 0;
  for (const l of languages)
    bits |= LANGUAGE_BIT[l];
  return bits;
}
var MAX_PAIRS_PER_WORD = 4096;
var MAX_MASKED = 31;
var ASCII_DIGIT = /[0-9]/;
var NO_CANDIDATES = [];
var NO_KEYS = /* @__PURE__ */ new Set();
var numberInfo = (noBits) => ({ bits: noBits, candidates: NO_CANDIDATES, entries: [], follow: [], followExact: null, followBits: [], alone: 0, pairs: null, pairsGeneration: 0, fillers: void 0, clauses: void 0 });
var NUMBER_WORD = "\0";
var MAX_CACHED_WORDS = 5e4;
function forNormalisedText(re) {
  const flags = re.flags;
  if (!flags.includes("i") || namesCapitals(re.source))
    return new RegExp(re.source, flags);
  return new RegExp(re.source, flags.replace("i", ""));
}
function namesCapitals(source) {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1];
      const open = source[i + 2];
      if ((next === "p" || next === "P" || next === "u") && open === "{")
        i = Math.max(i + 1, source.indexOf("}", i));
      else if (next === "k" && open === "<")
        i = Math.max(i + 1, source.indexOf(">", i));
      else
        i++;
      continue;
    }
    if (ch !== ch.toLowerCase())
      return true;
  }
  return false;
}
var PhraseMatcher = class {
  index = /* @__PURE__ */ new Map();
  prefixStarts = [];
  regexes = [];
  fillers = /* @__PURE__ */ new Map();
  /** CLAUSE_WORDS by their first word: a slot stops before them. */
  clauseWords = /* @__PURE__ */ new Map();
  /** Every word seen, with its analysis (TokenInfo). */
  table;
  /** The tokens of the turn being matched (filled by matchSparse). */
  buf = new TokenBuffer();
  /** The morph and prefix words, by their `bit`. */
  morphBits = /* @__PURE__ */ new Map();
  prefixBits = [];
  /** `bits` of the words that match no morph or prefix word (shared, never written). */
  noBits;
  nextId = 0;
  groupCount;
  // Matching state, reused from call to call: trying a phrase allocates nothing unless it matches.
  /** Whether some morph word or morphological key of a pattern has an ASCII digit (see analyse). */
  digitKeys = true;
  /** Every morphological key of the patterns (morph words' texts and keys). */
  patternKeys = /* @__PURE__ */ new Set();
  /** The first two characters of the patterns' morphological keys of 3 or more characters. */
  keyStarts = /* @__PURE__ */ new Set();
  /** The first characters of the shorter keys. */
  shortKeyStarts = /* @__PURE__ */ new Set();
  /** The analysis shared by words that start and match nothing (see analyse). */
  plainInfo = null;
  /** Where matchSparse notes the groups that have matches (null: nowhere). */
  hits = null;
  stack = [];
  /** Slot assignments to undo on backtracking: slot, previous start, previous end. */
  trail = [];
  slotStart = [];
  slotEnd = [];
  positions = [];
  frontier = [];
  nextFrontier = [];
  constructor(phrases, regexes, fillerPhrases, variables, groupCount) {
    this.groupCount = groupCount;
    for (const f of fillerPhrases) {
      const words2 = tokenize(f).text;
      if (words2.length === 0)
        continue;
      const list = this.fillers.get(words2[0]) ?? [];
      list.push(words2);
      this.fillers.set(words2[0], list);
    }
    for (const c of CLAUSE_WORDS) {
      const words2 = tokenize(c).text;
      const list = this.clauseWords.get(words2[0]) ?? [];
      list.push(words2);
      this.clauseWords.set(words2[0], list);
    }
    const compiled = [];
    for (const p of phrases) {
      const nodes = compileSeq(p.parsed.nodes, variables);
      if (nodes === null)
        continue;
      const { prog, slotNames: slotNames2 } = compileProgram(nodes);
      const phrase = { id: this.nextId++, group: p.group, lang: p.lang, anchored: p.parsed.anchored, nodes, prog, entries: entryWords(prog), pairs: wordPairs(prog), slotNames: slotNames2, source: p.parsed.source, needs: null, langBit: p.lang === null ? 0 : LANGUAGE_BIT[p.lang], roleBits: (p.roles ?? ALL_ROLES) << ROLE_SHIFT };
      compiled.push(phrase);
      for (const w of firstWords(nodes)) {
        if (w.mode === "prefix")
          this.prefixStarts.push({ prefix: w.text, phrase });
        else if (w.mode === "exact")
          this.add("w:" + w.text, phrase);
        else
          for (const k of w.keys)
            this.add("m:" + k, phrase);
      }
    }
    for (const r of regexes) {
      this.regexes.push({ group: r.group, lang: r.lang, regex: r.regex, needs: regexNeeds(r.regex.source, r.regex.flags), langBit: r.lang === null ? 0 : LANGUAGE_BIT[r.lang], roleBits: (r.roles ?? ALL_ROLES) << ROLE_SHIFT });
    }
    const bits = /* @__PURE__ */ new Map();
    let bitCount = 0;
    for (const phrase of compiled) {
      for (const ins of phrase.prog) {
        const w = ins.word;
        if (w === null || w.mode === "exact")
          continue;
        const key = w.mode + ":" + w.text;
        let bit = bits.get(key);
        if (bit === void 0) {
          bit = bitCount++;
          bits.set(key, bit);
          if (w.mode === "prefix")
            this.prefixBits.push({ prefix: w.text, bit });
          else {
            for (const k of /* @__PURE__ */ new Set([w.text, ...w.keys])) {
              const list = this.morphBits.get(k);
              if (list)
                list.push(bit);
              else
                this.morphBits.set(k, [bit]);
            }
          }
        }
        w.bit = bit;
      }
    }
    this.noBits = new Uint32Array(Math.ceil(bitCount / 32));
    this.table = new WordTable((word) => this.analyse(word), MAX_CACHED_WORDS);
    for (const phrase of compiled)
      for (const ins of phrase.prog)
        if (ins.word !== null && ins.word.mode !== "prefix")
          ins.word.id = this.table.intern(ins.word.text);
    for (const lists of [this.fillers, this.clauseWords])
      for (const list of lists.values())
        for (const words2 of list)
          for (const w of words2)
            this.table.intern(w);
    for (const phrase of compiled) {
      const groups = requiredWords(phrase.nodes).filter((g) => g.every((w) => w.mode === "exact"));
      phrase.needs = groups.length > 0 ? groups.map((g) => Int32Array.from(new Set(g.map((w) => w.id)))) : null;
    }
    const digitFirst = /^\d/;
    const numberPrefixes = compiled.some((phrase) => phrase.prog.some((ins) => ins.word?.mode === "prefix" && digitFirst.test(ins.word.text)));
    if (!numberPrefixes)
      this.table.numberId = this.table.internWith(NUMBER_WORD, numberInfo(this.noBits));
    this.table.freeze();
    for (const k of this.index.keys())
      if (k.startsWith("m:"))
        this.patternKeys.add(k.slice(2));
    for (const k of this.morphBits.keys())
      this.patternKeys.add(k);
    for (const k of this.patternKeys) {
      if (k.length >= 3)
        this.keyStarts.add(k.slice(0, 2));
      else if (k.length > 0)
        this.shortKeyStarts.add(k[0]);
    }
    this.digitKeys = [...this.patternKeys].some((k) => ASCII_DIGIT.test(k));
    this.plainInfo = numberInfo(this.noBits);
    if (!this.digitKeys)
      this.table.plainMiss = (s, start, end) => hasAsciiDigit(s, start, end) && this.plainWord(s.slice(start, end));
  }
  add(key, phrase) {
    const list = this.index.get(key);
    if (!list)
      this.index.set(key, [phrase]);
    else if (!list.includes(phrase))
      list.push(phrase);
  }
  /** Whether a morphological key of `word` may be a pattern's (false: none can; see the constructor). */
  mayShareKeys(word) {
    return this.shortKeyStarts.has(word[0]) || this.keyStarts.has(word.slice(0, 2));
  }
  /** Whether `word` is no exact pattern word, starts no filler or clause and no prefix pattern takes it. */
  plainWord(word) {
    if (this.index.has("w:" + word) || this.fillers.has(word) || this.clauseWords.has(word))
      return false;
    for (const { prefix } of this.prefixBits)
      if (word.startsWith(prefix))
        return false;
    return true;
  }
  /** The analysis of a word (made once per word, when the word table first meets it). */
  analyse(word) {
    const plain2 = this.plainInfo;
    if (plain2 !== null && (!this.digitKeys && ASCII_DIGIT.test(word) || !this.mayShareKeys(word)) && this.plainWord(word))
      return plain2;
    const morph = morphKeys(word);
    if (plain2 !== null && !this.patternKeys.has(word) && !morph.some((k) => this.patternKeys.has(k)) && this.plainWord(word))
      return plain2;
    const candidates = [];
    const tried = /* @__PURE__ */ new Set();
    for (const key of ["w:" + word, ...morph.map((k) => "m:" + k)]) {
      for (const phrase of this.index.get(key) ?? []) {
        if (tried.has(phrase.id))
          continue;
        tried.add(phrase.id);
        candidates.push(phrase);
      }
    }
    for (const { prefix, phrase } of this.prefixStarts) {
      if (!tried.has(phrase.id) && word.startsWith(prefix)) {
        tried.add(phrase.id);
        candidates.push(phrase);
      }
    }
    const morphSet = morph.length > 0 ? new Set(morph) : NO_KEYS;
    const follow = candidates.map((phrase) => followingWords(phrase, word, morphSet));
    let followExact = null;
    const followBits = follow.map((words2, c) => {
      let bits2 = null;
      for (const w of words2 ?? []) {
        if (w.id >= 0) {
          followExact ??= /* @__PURE__ */ new Map();
          let flags = followExact.get(w.id);
          if (flags === void 0)
            followExact.set(w.id, flags = new Uint8Array(candidates.length));
          flags[c] = 1;
        }
        if (w.bit >= 0)
          (bits2 ??= []).push(w.bit);
      }
      return bits2;
    });
    let bits = this.noBits;
    const setBit = (k) => {
      if (bits === this.noBits)
        bits = new Uint32Array(this.noBits.length);
      bits[k >> 5] |= 1 << (k & 31);
    };
    for (const key of [word, ...morph])
      for (const k of this.morphBits.get(key) ?? [])
        setBit(k);
    for (const { prefix, bit } of this.prefixBits)
      if (word.startsWith(prefix))
        setBit(bit);
    const ids = (lists) => lists?.map((words2) => words2.map((w) => this.table.intern(w)));
    const id = candidates.length > 0 ? this.table.intern(word) : -1;
    const entries = candidates.map((phrase) => {
      if (phrase.entries === null)
        return null;
      const own = [];
      for (const pc of phrase.entries) {
        const w = phrase.prog[pc].word;
        if (w.id === id || w.bit >= 0 && (bits[w.bit >> 5] & 1 << (w.bit & 31)) !== 0)
          own.push(pc);
      }
      return Int32Array.from(own);
    });
    return {
      bits,
      candidates: candidates.length > 0 ? candidates : NO_CANDIDATES,
      entries,
      follow,
      followExact,
      followBits,
      alone: candidates.length > MAX_MASKED ? 0 : maskOf(candidates.length, (c) => follow[c] === null),
      pairs: null,
      pairsGeneration: 0,
      fillers: ids(this.fillers.get(word)),
      clauses: ids(this.clauseWords.get(word))
    };
  }
  /**
   * All matches of all patterns in one analysed text, grouped by pattern group (one array per
   * group). `roles`: the ROLE_BIT of the turn's role (default: every pattern is tried).
   */
  match(text, languages, roles = ALL_ROLES) {
    const out = this.matchSparse(text, languages, roles);
    for (let g = 0; g < this.groupCount; g++)
      out[g] ??= [];
    return out;
  }
  /**
   * `match`, but sparse: a group without matches is a hole (read it as `groups[g] ?? []`), so a
   * turn costs nothing for the hundreds of groups that did not match (the linter's hot path).
   * `hits`, when given, receives the number of each group that has matches (in no set order).
   */
  matchSparse(text, languages, roles = ALL_ROLES, hits = null) {
    const langs = languageBits(languages) | roles << ROLE_SHIFT;
    this.hits = hits;
    const out = [];
    const b = this.buf;
    this.table.scan(text.normalized, b);
    const n = b.count;
    const ids = b.ids;
    const infos = this.table.values;
    const flags = b.flags;
    for (let i = 0; i < n; i++) {
      const info = infos[ids[i]];
      if (info.candidates.length === 0)
        continue;
      const nextId = i + 1 < n && (flags[i + 1] & SENTENCE_START) === 0 ? ids[i + 1] : -1;
      if (info.candidates.length > MAX_MASKED) {
        this.tryEach(info, nextId, i, langs, out);
        continue;
      }
      let mask = nextId >= 0 ? this.pairMask(info, nextId) : info.alone;
      while (mask !== 0) {
        const low = mask & -mask;
        mask ^= low;
        const c = 31 - Math.clz32(low);
        this.tryAt(info.candidates[c], info.entries[c], i, langs, out);
      }
    }
    if (this.regexes.length > 0)
      this.matchRegexes(text.normalized, langs, out);
    return out;
  }
  /**
   * The `{regex}` patterns' matches in normalised text `s` (a method of its own: the phrase loop
   * above stays small for the optimising compiler, and a new regex object shape seen here late in
   * a run deoptimises this loop only).
   */
  matchRegexes(s, langs, out) {
    let digit;
    for (const r of this.regexes) {
      if (r.langBit !== 0 && (langs & r.langBit) === 0 || (langs & r.roleBits) === 0)
        continue;
      if (r.needs.digit && !(digit ??= ASCII_DIGIT.test(s)))
        continue;
      if (r.needs.literal !== "" && !s.includes(r.needs.literal))
        continue;
      const re = r.regex;
      re.lastIndex = 0;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const slots = {};
        if (m.indices?.groups) {
          for (const [name, span] of Object.entries(m.indices.groups))
            if (span)
              slots[name] = [span[0], span[1]];
        }
        this.listOf(out, r.group).push({ group: r.group, lang: r.lang, pattern: re.source, start: m.index, end: m.index + m[0].length, slots });
      }
    }
  }
  /**
   * The candidates of a word (its TokenInfo) that may start a match when word `nextId` follows it
   * in the same sentence, as a mask of their indexes: those that need no particular next word,
   * and those whose next word (or a filler) it is. Kept per word and next word (at most
   * MAX_PAIRS_PER_WORD; emptied when the word table forgets words, since ids are then given anew).
   */
  pairMask(info, nextId) {
    const generation = this.table.generation;
    if (info.pairs === null || info.pairsGeneration !== generation) {
      info.pairs = new IntMap();
      info.pairsGeneration = generation;
    }
    let mask = info.pairs.get(nextId);
    if (mask === -1) {
      const next = this.table.values[nextId];
      const exact = info.followExact?.get(nextId);
      const filler = next.fillers !== void 0;
      mask = maskOf(info.candidates.length, (c) => mayStart(info, c, next, filler, exact));
      if (info.pairs.size < MAX_PAIRS_PER_WORD)
        info.pairs.set(nextId, mask);
    }
    return mask;
  }
  /** pairMask's work for a word with more candidates than a mask holds, trying each as it goes. */
  tryEach(info, nextId, i, langs, out) {
    const next = nextId >= 0 ? this.table.values[nextId] : null;
    const exact = next !== null ? info.followExact?.get(nextId) : void 0;
    const filler = next !== null && next.fillers !== void 0;
    for (let c = 0; c < info.candidates.length; c++) {
      if (next === null ? info.follow[c] === null : mayStart(info, c, next, filler, exact))
        this.tryAt(info.candidates[c], info.entries[c], i, langs, out);
    }
  }
  /** The matches of group `g` in `out`, made (and noted in the hits) on the group's first match. */
  listOf(out, g) {
    let list = out[g];
    if (list === void 0) {
      out[g] = list = [];
      if (this.hits !== null)
        this.hits.push(g);
    }
    return list;
  }
  tryAt(phrase, entries, i, langs, out) {
    if (phrase.langBit !== 0 && (langs & phrase.langBit) === 0 || (langs & phrase.roleBits) === 0)
      return;
    const needs = phrase.needs;
    if (needs !== null) {
      for (let g = 0; g < needs.length; g++) {
        const group = needs[g];
        let found2 = false;
        for (let k = 0; k < group.length && !found2; k++)
          found2 = this.table.seen(group[k]);
        if (!found2)
          return;
      }
    }
    const b = this.buf;
    if (phrase.anchored && (b.flags[i] & SENTENCE_START) === 0 && !this.onlyFillersBefore(i))
      return;
    let endTok = -1;
    if (entries === null)
      endTok = this.run(phrase, i, 0, i);
    else {
      for (let k = 0; k < entries.length && endTok <= i; k++)
        endTok = this.run(phrase, i, entries[k] + 1, i + 1);
    }
    if (endTok <= i)
      return;
    let slotOffsets = NO_SLOTS;
    for (let k = 0; k < phrase.slotNames.length; k++) {
      const a = this.slotStart[k];
      if (a < 0)
        continue;
      if (slotOffsets === NO_SLOTS)
        slotOffsets = {};
      slotOffsets[phrase.slotNames[k]] = [b.start[a], b.end[this.slotEnd[k] - 1]];
    }
    this.listOf(out, phrase.group).push({
      group: phrase.group,
      lang: phrase.lang,
      pattern: phrase.source,
      start: b.start[i],
      end: b.end[endTok - 1],
      slots: slotOffsets
    });
  }
  /**
   * Runs a phrase's program from token `start`: a depth-first search in the pattern's order of
   * preference (optional parts taken, alternatives left to right, gaps shortest, slots longest),
   * with an explicit stack of choice points so that trying a phrase allocates nothing. Returns
   * the token after the match, or -1; the slots of the match are left in slotStart/slotEnd.
   *
   * Where the next word may stand: the current token, or (not at the start of the match) after
   * up to MAX_FILLER_SKIPS filler phrases; a slot prefers the positions after fillers ("you must,
   * um, send \u2026" captures "send \u2026"). Nothing runs across the start of a sentence.
   */
  run(phrase, start, pc0, i0) {
    const prog = phrase.prog;
    const n = this.buf.count;
    const flags = this.buf.flags;
    const stack = this.stack;
    const trail = this.trail;
    const S = this.slotStart;
    const E = this.slotEnd;
    const pos = this.positions;
    for (let k = 0; k < phrase.slotNames.length; k++)
      S[k] = E[k] = -1;
    let sp = 0;
    let tp = 0;
    let pc = pc0;
    let i = i0;
    for (; ; ) {
      const ins = prog[pc];
      switch (ins.op) {
        case OP_MATCH:
          return i;
        case OP_JMP:
          pc = ins.a;
          continue;
        case OP_SPLIT:
          stack[sp] = ins.b;
          stack[sp + 1] = i;
          stack[sp + 2] = tp;
          stack[sp + 3] = -1;
          sp += CHOICE;
          pc = ins.a;
          continue;
        case OP_WORD: {
          if (i >= n || i > start && (flags[i] & SENTENCE_START) !== 0)
            break;
          const word = ins.word;
          let np = 0;
          if (this.wordMatchesAt(word, i))
            pos[np++] = i;
          if (i !== start)
            np = this.fillerPositions(i, pos, np, word);
          if (np === 0)
            break;
          for (let k = np - 1; k >= 1; k--) {
            stack[sp] = pc + 1;
            stack[sp + 1] = pos[k] + 1;
            stack[sp + 2] = tp;
            stack[sp + 3] = -1;
            sp += CHOICE;
          }
          i = pos[0] + 1;
          pc++;
          continue;
        }
        case OP_GAP: {
          let np = 0;
          let j = i;
          pos[np++] = j;
          for (let used = 0; j < n; ) {
            const filler = this.fillerLengthAt(j);
            if (filler === 0 && ++used > ins.max)
              break;
            const next = j + Math.max(filler, 1);
            let crosses = false;
            for (let k = j; k < next && !crosses; k++)
              crosses = k > start && (flags[k] & SENTENCE_START) !== 0;
            if (crosses)
              break;
            j = next;
            pos[np++] = j;
          }
          for (let k = np - 1; k >= 1; k--) {
            stack[sp] = pc + 1;
            stack[sp + 1] = pos[k];
            stack[sp + 2] = tp;
            stack[sp + 3] = -1;
            sp += CHOICE;
          }
          pc++;
          continue;
        }
        case OP_SLOT: {
          if (i >= n || i > start && (flags[i] & SENTENCE_START) !== 0)
            break;
          let np = i !== start ? this.fillerPositions(i, pos, 0, null) : 0;
          pos[np++] = i;
          for (let k = np - 1; k >= 0; k--) {
            const s = pos[k];
            let last = s;
            while (last + 1 < n && last + 1 - s < ins.max && (flags[last + 1] & AFTER_PUNCT) === 0 && !this.clauseStartsAt(last + 1))
              last++;
            for (let e = s + 1; e <= last + 1; e++) {
              stack[sp] = pc + 1;
              stack[sp + 1] = e;
              stack[sp + 2] = tp;
              stack[sp + 3] = ins.slot;
              stack[sp + 4] = s;
              stack[sp + 5] = e;
              sp += CHOICE;
            }
          }
          break;
        }
      }
      if (sp === 0)
        return -1;
      sp -= CHOICE;
      pc = stack[sp];
      i = stack[sp + 1];
      const mark = stack[sp + 2];
      while (tp > mark) {
        tp -= 3;
        S[trail[tp]] = trail[tp + 1];
        E[trail[tp]] = trail[tp + 2];
      }
      const slot = stack[sp + 3];
      if (slot >= 0) {
        trail[tp] = slot;
        trail[tp + 1] = S[slot];
        trail[tp + 2] = E[slot];
        tp += 3;
        S[slot] = stack[sp + 4];
        E[slot] = stack[sp + 5];
      }
    }
  }
  /**
   * True when the tokens between the start of i's sentence and i are filler phrases only, so
   * that "^no" also matches "Well, no." and "^\u043d\u0435\u0442" matches \u00ab\u041d\u0443, \u043d\u0435\u0442\u00bb.
   */
  onlyFillersBefore(i) {
    const flags = this.buf.flags;
    let s = i - 1;
    while (s > 0 && (flags[s] & SENTENCE_START) === 0)
      s--;
    if (s < 0)
      return false;
    for (let j = s; j < i; ) {
      const f = this.fillerLengthAt(j);
      if (f === 0 || j + f > i)
        return false;
      j += f;
    }
    return true;
  }
  /** Whether the words of `phrase` (ids) stand at tokens j+1\u2026 (its first word is at j), inside one sentence. */
  restAt(phrase, j) {
    const { ids, flags } = this.buf;
    for (let f = 1; f < phrase.length; f++)
      if (ids[j + f] !== phrase[f] || (flags[j + f] & SENTENCE_START) !== 0)
        return false;
    return true;
  }
  /** Length in tokens of the longest filler phrase starting at token j within its sentence (0: none). */
  fillerLengthAt(j) {
    const b = this.buf;
    const candidates = this.table.values[b.ids[j]].fillers;
    if (candidates === void 0)
      return 0;
    let best = 0;
    for (const filler of candidates) {
      if (filler.length <= best || j + filler.length > b.count)
        continue;
      if (this.restAt(filler, j))
        best = filler.length;
    }
    return best;
  }
  /**
   * Appends to out[np\u2026] the positions reached from i by skipping 1..MAX_FILLER_SKIPS filler
   * phrases, in breadth-first order, where `word` (when given) matches; returns the new count.
   * Never crosses the start of a sentence.
   */
  fillerPositions(i, out, np, word) {
    const b = this.buf;
    const infos = this.table.values;
    if (infos[b.ids[i]].fillers === void 0)
      return np;
    const n = b.count;
    let front = this.frontier;
    let next = this.nextFrontier;
    front[0] = i;
    let fn = 1;
    for (let round = 0; round < MAX_FILLER_SKIPS && fn > 0; round++) {
      let nn = 0;
      for (let q = 0; q < fn; q++) {
        const p = front[q];
        const list = infos[b.ids[p]].fillers;
        if (list === void 0)
          continue;
        for (const filler of list) {
          const end = p + filler.length;
          if (end >= n || !this.restAt(filler, p) || (b.flags[end] & SENTENCE_START) !== 0)
            continue;
          if (word === null || this.wordMatchesAt(word, end))
            out[np++] = end;
          next[nn++] = end;
        }
      }
      const t = front;
      front = next;
      next = t;
      fn = nn;
    }
    return np;
  }
  /** Whether a clause word (CLAUSE_WORDS) starts at token j. */
  clauseStartsAt(j) {
    const b = this.buf;
    const list = this.table.values[b.ids[j]].clauses;
    if (list === void 0)
      return false;
    for (const words2 of list) {
      if (j + words2.length > b.count)
        continue;
      let ok = true;
      for (let k = 1; k < words2.length && ok; k++)
        ok = b.ids[j + k] === words2[k];
      if (ok)
        return true;
    }
    return false;
  }
  /** Whether token `i` of the turn being matched is the word `w` (see CWord.bit). */
  wordMatchesAt(w, i) {
    const id = this.buf.ids[i];
    if (id === w.id)
      return true;
    const bit = w.bit;
    return bit >= 0 && (this.table.values[id].bits[bit >> 5] & 1 << (bit & 31)) !== 0;
  }
};
function compileSeq(nodes, vars) {
  const out = [];
  for (const n of nodes) {
    switch (n.kind) {
      case "word":
        out.push({ kind: "word", mode: n.mode, text: n.text, keys: new Set(n.mode === "morph" ? morphKeys(n.text) : []), id: -1, bit: -1 });
        break;
      case "gap":
        out.push({ kind: "gap", max: n.max });
        break;
      case "slot":
        out.push({ kind: "slot", name: n.name, max: n.max });
        break;
      case "optional": {
        const seq = compileSeq(n.seq, vars);
        if (seq === null)
          return null;
        out.push({ kind: "optional", seq });
        break;
      }
      case "alt": {
        const options = n.options.map((o) => compileSeq(o, vars)).filter((o) => o !== null);
        if (options.length === 0)
          return null;
        out.push({ kind: "alt", options });
        break;
      }
      case "var": {
        const values = vars[n.name];
        if (values === void 0 || values.length === 0)
          return null;
        const options = values.map((v) => compileSeq(v.nodes, vars)).filter((o) => o !== null);
        if (options.length === 0)
          return null;
        out.push({ kind: "alt", options });
        break;
      }
    }
  }
  return out;
}
function nextWords(prog, pc, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(pc))
    return [];
  seen.add(pc);
  const ins = prog[pc];
  switch (ins.op) {
    case OP_WORD:
      return [pc];
    case OP_JMP:
      return nextWords(prog, ins.a, seen);
    case OP_SPLIT: {
      const a = nextWords(prog, ins.a, seen);
      const b = nextWords(prog, ins.b, seen);
      return a === null || b === null ? null : [...a, ...b];
    }
    default:
      return null;
  }
}
var IntMap = class {
  keys = new Int32Array(16).fill(-1);
  values = new Int32Array(16);
  mask = 15;
  size = 0;
  /** The value of `key`, or -1. */
  get(key) {
    for (let i = Math.imul(key, 2654435761) & this.mask; ; i = i + 1 & this.mask) {
      const k = this.keys[i];
      if (k === key)
        return this.values[i];
      if (k === -1)
        return -1;
    }
  }
  set(key, value) {
    if ((this.size + 1) * 2 > this.keys.length)
      this.grow();
    for (let i = Math.imul(key, 2654435761) & this.mask; ; i = i + 1 & this.mask) {
      const k = this.keys[i];
      if (k === key || k === -1) {
        if (k === -1)
          this.size++;
        this.keys[i] = key;
        this.values[i] = value;
        return;
      }
    }
  }
  grow() {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++)
      if (keys[i] !== -1)
        this.set(keys[i], values[i]);
  }
};
function mayStart(info, c, next, filler, exact) {
  return info.follow[c] === null || filler || exact?.[c] === 1 || hasBit(next.bits, info.followBits[c]);
}
function maskOf(n, test) {
  let mask = 0;
  for (let c = 0; c < n; c++)
    if (test(c))
      mask |= 1 << c;
  return mask;
}
function hasBit(bits, list) {
  if (list === null)
    return false;
  for (let k = 0; k < list.length; k++) {
    const bit = list[k];
    if ((bits[bit >> 5] & 1 << (bit & 31)) !== 0)
      return true;
  }
  return false;
}
function hasAsciiDigit(s, start, end) {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57)
      return true;
  }
  return false;
}
function wordIs(w, word, morph) {
  if (w.mode === "exact")
    return word === w.text;
  if (w.mode === "prefix")
    return word.startsWith(w.text);
  if (word === w.text)
    return true;
  for (const k of morph)
    if (w.keys.has(k))
      return true;
  return false;
}
function followingWords(phrase, word, morph) {
  if (phrase.pairs === null)
    return null;
  const out = [];
  for (const { first, next } of phrase.pairs) {
    if (!wordIs(first, word, morph))
      continue;
    if (next === null)
      return null;
    for (const w of next)
      if (!out.includes(w))
        out.push(w);
  }
  return out;
}
function wordPairs(prog) {
  const firsts = nextWords(prog, 0);
  if (firsts === null)
    return null;
  return firsts.map((pc) => {
    const next = nextWords(prog, pc + 1);
    return { first: prog[pc].word, next: next === null || next.length === 0 ? null : next.map((k) => prog[k].word) };
  });
}
function entryWords(prog) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (pc) => {
    if (seen.has(pc))
      return true;
    seen.add(pc);
    const ins = prog[pc];
    if (ins.op === OP_SPLIT)
      return visit(ins.a) && visit(ins.b);
    if (ins.op === OP_JMP)
      return visit(ins.a);
    if (ins.op !== OP_WORD)
      return false;
    out.push(pc);
    return true;
  };
  return visit(0) ? Int32Array.from(out) : null;
}
function compileProgram(nodes) {
  const prog = [];
  const slotNames2 = [];
  const instr = (op) => {
    const x = { op, word: null, a: -1, b: -1, max: 0, slot: -1 };
    prog.push(x);
    return x;
  };
  const emit = (seq) => {
    for (const node of seq) {
      switch (node.kind) {
        case "word":
          instr(OP_WORD).word = node;
          break;
        case "gap":
          instr(OP_GAP).max = node.max;
          break;
        case "slot": {
          const x = instr(OP_SLOT);
          x.max = node.max;
          x.slot = slotNames2.indexOf(node.name);
          if (x.slot === -1)
            x.slot = slotNames2.push(node.name) - 1;
          break;
        }
        case "optional": {
          const split2 = instr(OP_SPLIT);
          split2.a = prog.length;
          emit(node.seq);
          split2.b = prog.length;
          break;
        }
        case "alt": {
          const jumps = [];
          node.options.forEach((option, k) => {
            if (k === node.options.length - 1) {
              emit(option);
              return;
            }
            const split2 = instr(OP_SPLIT);
            split2.a = prog.length;
            emit(option);
            jumps.push(instr(OP_JMP));
            split2.b = prog.length;
          });
          for (const j of jumps)
            j.a = prog.length;
          break;
        }
      }
    }
  };
  emit(nodes);
  instr(OP_MATCH);
  return { prog, slotNames: slotNames2 };
}
function requiredWords(nodes) {
  const groups = [];
  for (const n of nodes) {
    if (n.kind === "word")
      groups.push([n]);
    else if (n.kind === "alt") {
      const firsts = n.options.map((o) => requiredWords(o)[0]);
      if (firsts.every((g) => g !== void 0))
        groups.push(firsts.flat());
    }
  }
  return groups;
}
function firstWords(nodes) {
  const out = [];
  for (const n of nodes) {
    if (n.kind === "word") {
      out.push(n);
      return out;
    }
    if (n.kind === "alt") {
      for (const o of n.options)
        out.push(...firstWords(o));
      return out;
    }
    if (n.kind === "optional") {
      out.push(...firstWords(n.seq));
      continue;
    }
    return out;
  }
  return out;
}

// dist/rules/forbidden.js
var forbidden = {
  type: "forbidden",
  description: "Reports every occurrence of a phrase in the speaker\u2019s turns, with the suggested wording.",
  optionKeys: [],
  placeholders: [],
  needsPatterns: true,
  readOptions: () => ({}),
  check(rule, call) {
    for (const turn of call.turnsWith(rule.patternGroup, rule.def.speaker, rule.def.within)) {
      for (const m of call.matches(rule, turn))
        call.reportMatch(rule, turn, m);
    }
  }
};

// dist/rules/limit.js
var limit = {
  type: "limit",
  description: "Reports a call in which the phrases occur more than `max` times.",
  optionKeys: ["max"],
  placeholders: ["count", "max"],
  needsPatterns: true,
  readOptions(r) {
    return { max: r.integer("max", { min: 0, required: true }) ?? 0 };
  },
  check(rule, call) {
    const max = rule.def.options.max;
    let count3 = 0;
    let over = null;
    for (const turn of call.scopedTurns(rule)) {
      for (const match of call.matches(rule, turn)) {
        count3++;
        if (count3 === max + 1)
          over = { turn, match };
      }
    }
    if (over)
      call.reportMatch(rule, over.turn, over.match, { count: count3, max });
  }
};

// dist/rules/window.js
var import_yaml2 = __toESM(require_dist(), 1);

// dist/packs/yaml-reader.js
var import_yaml = __toESM(require_dist(), 1);

// dist/lazy-deps.js
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var iconvModule;
var chardetModule;
var levenshteinModule;
function iconv() {
  return iconvModule ??= load("iconv-lite");
}
function chardet() {
  return chardetModule ??= load("chardet");
}
function levenshtein() {
  return (levenshteinModule ??= load("natural/lib/natural/distance/levenshtein_distance.js")).LevenshteinDistance;
}

// dist/text/positions.js
var LineIndex = class {
  text;
  starts = [0];
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      this.starts.push(i + 1);
  }
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based line and column of a 0-based offset. */
  locate(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  /** 0-based offset of the start of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(start, next).replace(/\r$/, "");
  }
};

// dist/errors.js
function codeFrame(text, line, column, context2 = 1) {
  const index = new LineIndex(text);
  if (line < 1 || line > index.lineCount)
    return "";
  const first = Math.max(1, line - context2);
  const last = Math.min(index.lineCount, line + context2);
  const width = String(last).length;
  const rows = [];
  for (let l = first; l <= last; l++) {
    const mark = l === line ? ">" : " ";
    rows.push(`${mark} ${String(l).padStart(width)} | ${index.lineText(l)}`);
    if (l === line)
      rows.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join("\n");
}

// dist/packs/yaml-reader.js
var YamlFile = class {
  file;
  text;
  errors = [];
  lines = new import_yaml.LineCounter();
  root;
  constructor(file, text) {
    this.file = file;
    this.text = text;
    const doc = (0, import_yaml.parseDocument)(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    for (const e of doc.errors) {
      const offset = e.pos[0];
      const what = e.code === "DUPLICATE_KEY" ? "duplicate key" : "invalid YAML";
      this.errorAt(offset, `${what}: ${e.message.split("\n")[0]}`);
    }
    this.root = doc.errors.length > 0 ? null : doc.contents ?? null;
  }
  position(offset) {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
  errorAt(offset, message) {
    const { line, column } = this.position(offset);
    this.errors.push({ file: this.file, line, column, message, frame: codeFrame(this.text, line, column) });
  }
  error(node, message) {
    const range = node && "range" in node ? node.range : node && "key" in node ? node.key?.range : void 0;
    this.errorAt(range?.[0] ?? 0, message);
  }
};
function describe(node) {
  if (node === null || node === void 0)
    return "nothing";
  if ((0, import_yaml.isMap)(node))
    return "a mapping";
  if ((0, import_yaml.isSeq)(node))
    return "a list";
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    if (v === null)
      return "nothing";
    if (typeof v === "string")
      return `the text "${v.length > 40 ? v.slice(0, 40) + "\u2026" : v}"`;
    return `${typeof v} ${String(v)}`;
  }
  return "an unsupported value";
}
function didYouMean(word, candidates) {
  let best = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein()(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
var MapReader = class {
  y;
  node;
  where;
  entries = /* @__PURE__ */ new Map();
  /** Keys an unknown key was taken for ("sevrity" \u2192 "severity"): already reported, not "missing" too. */
  misspelt = /* @__PURE__ */ new Set();
  constructor(y, node, where, allowed) {
    this.y = y;
    this.node = node;
    this.where = where;
    for (const pair of node.items) {
      const key = pair.key;
      if (!(0, import_yaml.isScalar)(key) || typeof key.value !== "string") {
        y.error(key, `${where}: keys must be plain words, found ${describe(key)}`);
        continue;
      }
      if (!allowed.includes(key.value)) {
        const hint = didYouMean(key.value, allowed);
        if (hint)
          this.misspelt.add(hint);
        y.error(key, `unknown key "${key.value}" in ${where}` + (hint ? ` (did you mean "${hint}"?)` : `; expected one of: ${allowed.join(", ")}`));
        continue;
      }
      this.entries.set(key.value, pair);
    }
  }
  has(key) {
    return this.entries.has(key);
  }
  value(key) {
    return this.entries.get(key)?.value;
  }
  keyNode(key) {
    return this.entries.get(key)?.key ?? void 0;
  }
  keys() {
    return [...this.entries.keys()];
  }
  missing(key, expected) {
    if (this.misspelt.has(key))
      return;
    this.y.error(this.node, `${this.where}: missing "${key}" (${expected})`);
  }
  string(key, opts = {}) {
    const v = this.value(key);
    if (v === void 0) {
      if (opts.required)
        this.missing(key, "a text");
      return void 0;
    }
    if (!(0, import_yaml.isScalar)(v) || typeof v.value !== "string" || v.value.trim() === "") {
      if ((0, import_yaml.isScalar)(v) && (typeof v.value === "number" || typeof v.value === "boolean"))
        return String(v.value);
      this.y.error(v ?? this.keyNode(key), `"${key}" in ${this.where} must be a non-empty text, found ${describe(v)}`);
      return void 0;
    }
    if (opts.pattern && !opts.pattern.test(v.value)) {
      this.y.error(v, `"${key}" in ${this.where}: "${v.value}" is not valid (${opts.patternHint ?? String(opts.pattern)})`);
      return void 0;
    }
    return v.value;
  }
  oneOf(key, values, fallback) {
    const v = this.value(key);
    if (v === void 0) {
      if (fallback === void 0)
        this.missing(key, `one of ${values.join(" | ")}`);
      return fallback;
    }
    if ((0, import_yaml.isScalar)(v) && typeof v.value === "string" && values.includes(v.value))
      return v.value;
    const given = (0, import_yaml.isScalar)(v) ? String(v.value) : describe(v);
    const hint = didYouMean(given, values);
    this.y.error(v, `"${key}" in ${this.where} must be one of ${values.join(" | ")}, found "${given}"` + (hint ? ` (did you mean "${hint}"?)` : ""));
    return fallback;
  }
  bool(key, fallback) {
    const v = this.value(key);
    if (v === void 0)
      return fallback;
    if ((0, import_yaml.isScalar)(v) && typeof v.value === "boolean")
      return v.value;
    this.y.error(v, `"${key}" in ${this.where} must be true or false, found ${describe(v)}`);
    return fallback;
  }
  integer(key, opts) {
    const v = this.value(key);
    if (v === void 0) {
      if (opts.required)
        this.missing(key, `a whole number \u2265 ${opts.min}`);
      return void 0;
    }
    if ((0, import_yaml.isScalar)(v) && typeof v.value === "number" && Number.isInteger(v.value) && v.value >= opts.min)
      return v.value;
    this.y.error(v, `"${key}" in ${this.where} must be a whole number \u2265 ${opts.min}, found ${describe(v)}`);
    return void 0;
  }
  map(key) {
    const v = this.value(key);
    if (v === void 0)
      return void 0;
    if ((0, import_yaml.isMap)(v))
      return v;
    this.y.error(v ?? this.keyNode(key), `"${key}" in ${this.where} must be a mapping (key: value lines), found ${describe(v)}`);
    return void 0;
  }
  list(key, opts = {}) {
    const v = this.value(key);
    if (v === void 0) {
      if (opts.required)
        this.missing(key, "a list");
      return void 0;
    }
    if (!(0, import_yaml.isSeq)(v)) {
      this.y.error(v ?? this.keyNode(key), `"${key}" in ${this.where} must be a list, found ${describe(v)}`);
      return void 0;
    }
    if (opts.nonEmpty && v.items.length === 0) {
      this.y.error(v, `"${key}" in ${this.where} must not be empty`);
      return void 0;
    }
    return v.items;
  }
  /** A list of non-empty strings (a single string is accepted as a list of one). */
  stringList(key, opts = {}) {
    const v = this.value(key);
    if (v !== void 0 && (0, import_yaml.isScalar)(v) && typeof v.value === "string")
      return [{ value: v.value, node: v }];
    const items = this.list(key, opts);
    if (!items)
      return void 0;
    const out = [];
    for (const item of items) {
      if ((0, import_yaml.isScalar)(item) && (typeof item.value === "string" || typeof item.value === "number") && String(item.value).trim() !== "") {
        out.push({ value: String(item.value), node: item });
      } else
        this.y.error(item, `items of "${key}" in ${this.where} must be non-empty texts, found ${describe(item)}`);
    }
    return out;
  }
};
function asMap(y, node, where, allowed) {
  if (!(0, import_yaml.isMap)(node)) {
    y.error(node, `${where} must be a mapping (key: value lines), found ${describe(node)}`);
    return null;
  }
  return new MapReader(y, node, where, allowed);
}
function scalarOffset(node, index) {
  const start = node.range?.[0] ?? 0;
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? 1 : 0;
  return start + quoted + index;
}

// dist/rules/window.js
var WINDOW_KEYS = ["first", "last", "firstSeconds", "lastSeconds", "firstPercent", "lastPercent"];
function readWindow(rule, key = "within") {
  const node = rule.value(key);
  if (node === void 0)
    return void 0;
  return readWindowNode(rule, node, `"${key}" in ${rule.where}`, true);
}
function readWindowNode(parent, node, where, allowFallback) {
  if (!(0, import_yaml2.isMap)(node)) {
    parent.y.error(node ?? parent.node, `${where} must be a mapping such as {first: 2}, {last: 2}, {firstSeconds: 15}, {lastSeconds: 30} or {firstPercent: 20}, found ${describe(node)}`);
    return void 0;
  }
  const r = new MapReader(parent.y, node, where, allowFallback ? [...WINDOW_KEYS, "fallback"] : [...WINDOW_KEYS]);
  const given = WINDOW_KEYS.filter((k2) => r.has(k2));
  if (given.length === 0) {
    parent.y.error(node, `${where} needs one of: ${WINDOW_KEYS.map((k2) => `${k2}: N`).join(", ")}`);
    return void 0;
  }
  if (given.length > 1) {
    parent.y.error(node, `${where} takes one of ${given.map((k2) => `"${k2}"`).join(", ")}, not several`);
    return void 0;
  }
  const k = given[0];
  const value = k.endsWith("Percent") ? percent(r, k) : r.integer(k, { min: 1 });
  if (value === void 0)
    return void 0;
  const window = { [k]: value };
  if (r.has("fallback")) {
    if (!k.endsWith("Seconds")) {
      parent.y.error(r.keyNode("fallback"), `"fallback" in ${where} only goes with a seconds window (firstSeconds/lastSeconds): other windows always apply`);
      return void 0;
    }
    const fb = readWindowNode(r, r.value("fallback") ?? null, `"fallback" of ${where}`, false);
    if (fb && (fb.firstSeconds !== void 0 || fb.lastSeconds !== void 0)) {
      parent.y.error(r.value("fallback"), `"fallback" of ${where} must be a turn or percent window ({first: 2}, {lastPercent: 20}), since it is used when the call has no times`);
      return void 0;
    }
    if (fb)
      window.fallback = fb;
  }
  return window;
}
function percent(r, key) {
  const v = r.value(key);
  if ((0, import_yaml2.isScalar)(v) && typeof v.value === "number" && v.value > 0 && v.value <= 100)
    return v.value;
  r.y.error(v ?? r.keyNode(key), `"${key}" in ${r.where} must be a number above 0 and at most 100, found ${describe(v)}`);
  return void 0;
}
function isTimed(turns) {
  return turns.length > 0 && turns.every((t) => t.turn.startTime !== void 0);
}
function isSecondsWindow(w) {
  return w.firstSeconds !== void 0 || w.lastSeconds !== void 0;
}
function effectiveWindow(window, call) {
  if (!isSecondsWindow(window) || isTimed(call.turns))
    return window;
  return window.fallback ?? null;
}
function applyWindow(turns, window, call = { turns }) {
  if (!window)
    return turns;
  const w = effectiveWindow(window, call);
  if (w === null)
    return [];
  if (w.first !== void 0)
    return turns.slice(0, w.first);
  if (w.last !== void 0)
    return turns.slice(Math.max(0, turns.length - w.last));
  const all = call.turns;
  if (all.length === 0)
    return [];
  const timed = isTimed(all);
  const start = (t) => t.turn.startTime ?? 0;
  const end = (t) => t.turn.endTime ?? start(t);
  let callStart = 0;
  let callEnd = 0;
  if (timed) {
    callStart = Infinity;
    callEnd = -Infinity;
    for (const t of all) {
      callStart = Math.min(callStart, start(t));
      callEnd = Math.max(callEnd, end(t));
    }
  }
  if (w.firstSeconds !== void 0)
    return turns.filter((t) => start(t) - callStart < w.firstSeconds);
  if (w.lastSeconds !== void 0)
    return turns.filter((t) => end(t) > callEnd - w.lastSeconds || end(t) === callEnd);
  const share = (w.firstPercent ?? w.lastPercent) / 100;
  if (timed) {
    const span = (callEnd - callStart) * share;
    if (w.firstPercent !== void 0)
      return turns.filter((t) => start(t) - callStart < span || start(t) === callStart);
    return turns.filter((t) => end(t) > callEnd - span || end(t) === callEnd);
  }
  const count3 = Math.max(1, Math.ceil(all.length * share));
  const position = new Map(all.map((t, i) => [t, i]));
  if (w.firstPercent !== void 0)
    return turns.filter((t) => (position.get(t) ?? Infinity) < count3);
  return turns.filter((t) => (position.get(t) ?? -1) >= all.length - count3);
}
function windowApplies(rule, call) {
  const w = rule.def.within;
  if (!w || effectiveWindow(w, call) !== null)
    return true;
  const which = call.call.id !== null ? `call ${call.call.id}` : "this file";
  call.notice(`${rule.def.id} was not checked on ${which}: it looks at ${describeWindow(w)}, but the turns have no times (add "fallback: {first: N}" to its "within")`);
  return false;
}
function describeWindow(window) {
  if (!window)
    return "the call";
  const plural4 = (n, one, many) => n === 1 ? one : `${many.replace("N", String(n))}`;
  if (window.first !== void 0)
    return plural4(window.first, "the first turn", "the first N turns");
  if (window.last !== void 0)
    return plural4(window.last, "the last turn", "the last N turns");
  if (window.firstSeconds !== void 0)
    return plural4(window.firstSeconds, "the first second", "the first N seconds");
  if (window.lastSeconds !== void 0)
    return plural4(window.lastSeconds, "the last second", "the last N seconds");
  if (window.firstPercent !== void 0)
    return `the first ${window.firstPercent} % of the call`;
  if (window.lastPercent !== void 0)
    return `the last ${window.lastPercent} % of the call`;
  return "the call";
}

// dist/rules/required.js
var required = {
  type: "required",
  description: "Reports a call in which none of the phrases occurs (optionally within the first/last N turns of the speaker).",
  optionKeys: ["within"],
  placeholders: ["window"],
  needsPatterns: true,
  readOptions(r) {
    const within = readWindow(r);
    return within ? { within } : {};
  },
  check(rule, call) {
    const scoped = call.scopedTurns(rule);
    const window = applyWindow(scoped, rule.def.options.within, call);
    if (window.some((turn) => call.matches(rule, turn).length > 0))
      return;
    call.reportCall(rule, window[0] ?? null, { window: describeWindow(rule.def.options.within) });
  }
};

// dist/rules/sequence.js
var import_yaml5 = __toESM(require_dist(), 1);

// dist/packs/load.js
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join2, resolve as resolve3 } from "node:path";

// dist/text/han-simplified.js
var HAN_SIMPLIFIED_PAIRS = "\u346F\u3454\u3473\u3447\u3476\u3439\u34E8\u523E\u361A\u360E\u3704\u36AF\u370F\u36E3\u380F\u37C6\u396E\u3918\u3A5C\u3A2B\u3A73\u39D0\u3A75\u64DC\u407B\u4025\u40EE\u9FCE\u42B7\u4336\u42D9\u433A\u42DA\u433B\u42F9\u433F\u42FB\u433E\u4366\u4360\u43B1\u43AC\u4661\u464C\u4700\u4727\u477C\u478D\u4947\u4982\u4951\u9FCF\u4971\u497E\u499B\u49B6\u499F\u49B7\u4BC0\u4BC5\u4C3E\u9C83\u4C77\u4CA3\u4C7D\u4C9D\u4C81\u9CDA\u4C98\u9CE4\u4D09\u9E6E\u4E1F\u4E22\u4E26\u5E76\u4E48\u5E7A\u4E7E\u5E72\u4E82\u4E71\u4E99\u4E98\u4E9E\u4E9A\u4F47\u4F2B\u4F48\u5E03\u4F54\u5360\u4F75\u5E76\u4F86\u6765\u4F96\u4ED1\u4FB6\u4FA3\u4FB7\u5C40\u4FC1\u4FE3\u4FC2\u7CFB\u4FD4\u4F23\u4FE0\u4FA0\u4FE5\u4F21\u4FEC\u79C1\u5000\u4F25\u5006\u4FE9\u5008\u4FEB\u5009\u4ED3\u500B\u4E2A\u5011\u4EEC\u5016\u5E78\u502B\u4F26\u5032\u3448\u5049\u4F1F\u5051\u343D\u5074\u4FA7\u5075\u4FA6\u507D\u4F2A\u508C\u3437\u5091\u6770\u5096\u4F27\u5098\u4F1E\u5099\u5907\u50A2\u5BB6\u50AD\u4F63\u50AF\u506C\u50B3\u4F20\u50B4\u4F1B\u50B5\u503A\u50B7\u4F24\u50BE\u503E\u50C2\u507B\u50C5\u4EC5\u50C9\u4F65\u50D1\u4FA8\u50D5\u4EC6\u50DE\u4F2A\u50E5\u4FA5\u50E8\u507E\u50F1\u96C7\u50F9\u4EF7\u5100\u4EEA\u5101\u4FCA\u5102\u4FAC\u5104\u4EBF\u5108\u4FA9\u5109\u4FED\u510E\u50A4\u5110\u50A7\u5114\u4FE6\u5115\u4FAA\u5118\u5C3D\u511F\u507F\u512A\u4F18\u5132\u50A8\u5137\u4FEA\u5138\u3469\u513A\u50A9\u513B\u50A5\u513C\u4FE8\u5147\u51F6\u514C\u5151\u5152\u513F\u5157\u5156\u5167\u5185\u5169\u4E24\u518A\u518C\u5191\u80C4\u51AA\u5E42\u51C8\u51C0\u51CD\u51BB\u51DC\u51DB\u51F1\u51EF\u5225\u522B\u522A\u5220\u5244\u522D\u5247\u5219\u524B\u514B\u524E\u5239\u5257\u522C\u525B\u521A\u525D\u5265\u526E\u5250\u5274\u5240\u5275\u521B\u5277\u94F2\u5283\u5212\u5284\u672D\u5287\u5267\u5289\u5218\u528A\u523D\u528C\u523F\u528D\u5251\u528F\u34E5\u5291\u5242\u529A\u3509\u52C1\u52B2\u52D5\u52A8\u52D9\u52A1\u52DB\u52CB\u52DD\u80DC\u52DE\u52B3\u52E2\u52BF\u52E9\u52DA\u52F1\u52A2\u52F3\u52CB\u52F5\u52B1\u52F8\u529D\u52FB\u5300\u532D\u5326\u532F\u6C47\u5331\u532E\u5340\u533A\u5354\u534F\u5379\u6064\u537B\u5374\u537D\u5373\u5399\u538D\u53A0\u5395\u53A4\u5386\u53AD\u538C\u53B2\u5389\u53B4\u53A3\u53C3\u53C2\u53C4\u53C1\u53E2\u4E1B\u5412\u54A4\u5433\u5434\u5436\u5450\u5442\u5415\u54BC\u5459\u54E1\u5458\u5504\u5457\u5538\u5FF5\u554F\u95EE\u5553\u542F\u555E\u54D1\u555F\u542F\u5562\u5521\u558E\u359E\u559A\u5524\u55AA\u4E27\u55AB\u5403\u55AC\u4E54\u55AE\u5355\u55B2\u54DF\u55C6\u545B\u55C7\u556C\u55CA\u551D\u55CE\u5417\u55DA\u545C\u55E9\u5522\u55F6\u54D4\u5606\u53F9\u560D\u55BD\u5613\u556F\u5614\u5455\u5616\u5567\u5617\u5C1D\u561C\u551B\u5629\u54D7\u562E\u5520\u562F\u5578\u5630\u53FD\u5635\u54D3\u5638\u5452\u563D\u5574\u5641\u6076\u5653\u5618\u565A\u358A\u565D\u549D\u5660\u54D2\u5665\u54DD\u5666\u54D5\u566F\u55F3\u5672\u54D9\u5674\u55B7\u5678\u5428\u5679\u5F53\u5680\u549B\u5687\u5413\u568C\u54DC\u5690\u5C1D\u5695\u565C\u5699\u556E\u56A5\u54BD\u56A6\u5456\u56A8\u5499\u56AE\u5411\u56B2\u4EB8\u56B3\u55BE\u56B4\u4E25\u56B6\u5624\u56C0\u556D\u56C1\u55EB\u56C2\u56A3\u56C5\u5181\u56C8\u5453\u56C9\u5570\u56CC\u82CF\u56D1\u5631\u56EA\u56F1\u5707\u56F5\u570B\u56FD\u570D\u56F4\u5712\u56ED\u5713\u5706\u5716\u56FE\u5718\u56E2\u57BB\u575D\u57E1\u57AD\u57F0\u91C7\u57F7\u6267\u5805\u575A\u580A\u57A9\u5816\u57B4\u581D\u57DA\u582F\u5C27\u5831\u62A5\u5834\u573A\u584A\u5757\u584B\u8314\u584F\u57B2\u5852\u57D8\u5857\u6D82\u585A\u51A2\u5862\u575E\u5864\u57D9\u5875\u5C18\u5879\u5811\u588A\u57AB\u589C\u5760\u58AE\u5815\u58B0\u575B\u58B3\u575F\u58B6\u57AF\u58BB\u5899\u58BE\u57A6\u58C7\u575B\u58CB\u57B1\u58CE\u57D9\u58D3\u538B\u58D8\u5792\u58D9\u5739\u58DA\u5786\u58DC\u575B\u58DE\u574F\u58DF\u5784\u58E0\u5785\u58E2\u575C\u58E9\u575D\u58EA\u5846\u58EF\u58EE\u58FA\u58F6\u58FC\u58F8\u58FD\u5BFF\u5920\u591F\u5922\u68A6\u5925\u4F19\u593E\u5939\u5950\u5942\u5967\u5965\u5969\u5941\u596A\u593A\u596C\u5956\u596E\u594B\u597C\u59F9\u599D\u5986\u59CD\u59D7\u59E6\u5978\u5A1B\u5A31\u5A41\u5A04\u5A66\u5987\u5A6D\u5A05\u5AA7\u5A32\u5AAF\u59AB\u5AB0\u36C0\u5ABC\u5AAA\u5ABD\u5988\u5ACB\u8885\u5AD7\u59AA\u5AF5\u59A9\u5AFA\u5A34\u5AFB\u5A34\u5AFF\u5A73\u5B00\u59AB\u5B03\u5AAD\u5B08\u5A06\u5B0B\u5A75\u5B0C\u5A07\u5B19\u5AF1\u5B21\u5AD2\u5B24\u5B37\u5B2A\u5AD4\u5B30\u5A74\u5B38\u5A76\u5B43\u5A18\u5B4B\u36E4\u5B4C\u5A08\u5B6B\u5B59\u5B78\u5B66\u5B7F\u5B6A\u5BAE\u5BAB\u5BC0\u91C7\u5BE2\u5BDD\u5BE6\u5B9E\u5BE7\u5B81\u5BE9\u5BA1\u5BEB\u5199\u5BEC\u5BBD\u5BF5\u5BA0\u5BF6\u5B9D\u5C07\u5C06\u5C08\u4E13\u5C0B\u5BFB\u5C0D\u5BF9\u5C0E\u5BFC\u5C37\u5C34\u5C46\u5C4A\u5C4D\u5C38\u5C53\u5C43\u5C5C\u5C49\u5C62\u5C61\u5C64\u5C42\u5C68\u5C66\u5C6C\u5C5E\u5CA1\u5188\u5CEF\u5CF0\u5CF4\u5C98\u5CF6\u5C9B\u5CFD\u5CE1\u5D0D\u5D03\u5D11\u6606\u5D17\u5C97\u5D19\u4ED1\u5D22\u5CE5\u5D2C\u5CBD\u5D50\u5C9A\u5D57\u5C81\u5D7E\u37E5\u5D81\u5D5D\u5D84\u5D2D\u5D87\u5C96\u5D94\u5D5A\u5D97\u5D02\u5DA0\u5CE4\u5DA2\u5CE3\u5DA7\u5CC4\u5DA8\u5CC3\u5DAE\u5D04\u5DB8\u5D58\u5DBA\u5CAD\u5DBC\u5C7F\u5DBD\u5CB3\u5DCB\u5CBF\u5DD2\u5CE6\u5DD4\u5DC5\u5DD6\u5CA9\u5DF0\u5DEF\u5DF9\u537A\u5E25\u5E05\u5E2B\u5E08\u5E33\u5E10\u5E36\u5E26\u5E40\u5E27\u5E43\u5E0F\u5E53\u384E\u5E57\u5E3C\u5E58\u5E3B\u5E5F\u5E1C\u5E63\u5E01\u5E6B\u5E2E\u5E6C\u5E31\u5E77\u5E76\u5E79\u5E72\u5E7E\u51E0\u5EAB\u5E93\u5EC1\u5395\u5EC2\u53A2\u5EC4\u53A9\u5EC8\u53A6\u5ECE\u5EBC\u5ED5\u836B\u5EDA\u53A8\u5EDD\u53AE\u5EDF\u5E99\u5EE0\u5382\u5EE1\u5E91\u5EE2\u5E9F\u5EE3\u5E7F\u5EE9\u5EEA\u5EEC\u5E90\u5EF3\u5385\u5F12\u5F11\u5F14\u540A\u5F33\u5F2A\u5F35\u5F20\u5F37\u5F3A\u5F46\u522B\u5F48\u5F39\u5F4C\u5F25\u5F4E\u5F2F\u5F54\u5F55\u5F59\u6C47\u5F60\u5F5F\u5F65\u5F66\u5F6B\u96D5\u5F72\u5F68\u5F7F\u4F5B\u5F8C\u540E\u5F91\u5F84\u5F9E\u4ECE\u5FA0\u5F95\u5FA9\u590D\u5FB5\u5F81\u5FB9\u5F7B\u6046\u6052\u6065\u803B\u6085\u60A6\u609E\u60AE\u60B5\u6005\u60B6\u95F7\u60BD\u51C4\u60E1\u6076\u60F1\u607C\u60F2\u607D\u60FB\u607B\u611B\u7231\u611C\u60EC\u6128\u60AB\u6134\u6006\u6137\u607A\u613E\u5FFE\u6144\u6817\u614B\u6001\u614D\u6120\u6158\u60E8\u615A\u60ED\u615F\u6078\u6163\u60EF\u6164\u60AB\u616A\u6004\u616B\u6002\u616E\u8651\u6173\u60AD\u6176\u5E86\u617A\u396A\u617C\u621A\u617E\u6B32\u6182\u5FE7\u618A\u60EB\u6190\u601C\u6191\u51ED\u6192\u6126\u6196\u616D\u619A\u60EE\u61A4\u6124\u61AB\u60AF\u61AE\u6003\u61B2\u5BAA\u61B6\u5FC6\u61C7\u6073\u61C9\u5E94\u61CC\u603F\u61CD\u61D4\u61DE\u8499\u61DF\u603C\u61E3\u61D1\u61E4\u393D\u61E8\u6079\u61F2\u60E9\u61F6\u61D2\u61F7\u6000\u61F8\u60AC\u61FA\u5FCF\u61FC\u60E7\u61FE\u6151\u6200\u604B\u6207\u6206\u6214\u620B\u6227\u6217\u6229\u622C\u6230\u6218\u6231\u622F\u6232\u620F\u6236\u6237\u625E\u634D\u62CB\u629B\u62DA\u62FC\u6329\u635D\u6331\u6332\u633E\u631F\u6368\u820D\u636B\u626A\u6371\u6328\u6372\u5377\u6383\u626B\u6384\u62A1\u6386\u39CF\u6397\u631C\u6399\u6323\u639B\u6302\u63A1\u91C7\u63C0\u62E3\u63DA\u626C\u63DB\u6362\u63EE\u6325\u63EF\u6404\u640D\u635F\u6416\u6447\u6417\u6363\u6427\u6247\u6435\u63FE\u6436\u62A2\u6451\u63B4\u645C\u63BC\u645F\u6402\u646F\u631A\u6473\u62A0\u6476\u629F\u647A\u6298\u647B\u63BA\u6488\u635E\u648F\u6326\u6490\u6491\u6493\u6320\u649D\u39D1\u649F\u6322\u64A3\u63B8\u64A5\u62E8\u64AB\u629A\u64B2\u6251\u64B3\u63FF\u64BB\u631E\u64BE\u631D\u64BF\u6361\u64C1\u62E5\u64C4\u63B3\u64C7\u62E9\u64CA\u51FB\u64CB\u6321\u64D3\u39DF\u64D4\u62C5\u64DA\u636E\u64E0\u6324\u64E1\u62AC\u64E3\u6363\u64EC\u62DF\u64EF\u6448\u64F0\u62E7\u64F1\u6401\u64F2\u63B7\u64F4\u6269\u64F7\u64B7\u64FA\u6446\u64FB\u64DE\u64FC\u64B8\u64FD\u39F0\u64FE\u6270\u6504\u6445\u6506\u64B5\u650F\u62E2\u6514\u62E6\u6516\u6484\u6519\u6400\u651B\u64BA\u651C\u643A\u651D\u6444\u6522\u6512\u6523\u631B\u6524\u644A\u652A\u6405\u652C\u63FD\u654D\u53D9\u654E\u6559\u6553\u655A\u6557\u8D25\u6558\u53D9\u6575\u654C\u6578\u6570\u6582\u655B\u6583\u6BD9\u6586\u6569\u6595\u6593\u65AC\u65A9\u65B7\u65AD\u65BC\u4E8E\u65C2\u65D7\u65E3\u65E2\u6607\u5347\u6642\u65F6\u6649\u664B\u665D\u663C\u6688\u6655\u6689\u6656\u6698\u65F8\u66A2\u7545\u66AB\u6682\u66C4\u6654\u66C6\u5386\u66C7\u6619\u66C9\u6653\u66CF\u5411\u66D6\u66A7\u66E0\u65F7\u66E8\u663D\u66EC\u6652\u66F8\u4E66\u6703\u4F1A\u6727\u80E7\u672E\u672F\u6771\u4E1C\u67B1\u53F0\u67B4\u62D0\u67F5\u6805\u67FA\u62D0\u67FB\u67E5\u687F\u6746\u6894\u6800\u6898\u67A7\u689D\u6761\u689F\u67AD\u68B2\u68C1\u68C4\u5F03\u68CA\u68CB\u68D6\u67A8\u68D7\u67A3\u68DF\u680B\u68E1\u3B4E\u68E7\u6808\u68F2\u6816\u68F6\u68BE\u690F\u6860\u6932\u3B4F\u694A\u6768\u6953\u67AB\u6968\u6862\u696D\u4E1A\u6975\u6781\u6998\u77E9\u69A6\u5E72\u69AA\u6769\u69AE\u8363\u69B2\u6985\u69BF\u6864\u69CB\u6784\u69CD\u67AA\u69D3\u6760\u69E4\u68BF\u69E7\u6920\u69E8\u6901\u69EE\u692E\u69F3\u6868\u69F6\u6922\u69FC\u691D\u6A01\u6869\u6A02\u4E50\u6A05\u679E\u6A11\u6881\u6A13\u697C\u6A19\u6807\u6A1E\u67A2\u6A22\u3B64\u6A23\u6837\u6A27\u699D\u6A2B\u3B74\u6A33\u686A\u6A38\u6734\u6A39\u6811\u6A3A\u6866\u6A3F\u692B\u6A48\u6861\u6A4B\u6865\u6A5F\u673A\u6A62\u692D\u6A6B\u6A2A\u6A81\u6AA9\u6A89\u67FD\u6A94\u6863\u6A9C\u6867\u6A9F\u69DA\u6AA2\u68C0\u6AA3\u6A2F\u6AAE\u68BC\u6AAF\u53F0\u6AB3\u69DF\u6AB8\u67E0\u6ABB\u69DB\u6AC3\u67DC\u6AD3\u6A79\u6ADA\u6988\u6ADB\u6809\u6ADD\u691F\u6ADE\u6A7C\u6ADF\u680E\u6AE5\u6A71\u6AE7\u69E0\u6AE8\u680C\u6AEA\u67A5\u6AEB\u6A65\u6AEC\u6987\u6AF1\u8616\u6AF3\u680A\u6AF8\u6989\u6AFB\u6A31\u6B04\u680F\u6B05\u6989\u6B0A\u6743\u6B0F\u6924\u6B12\u683E\u6B16\u6984\u6B1E\u68C2\u6B3D\u94A6\u6B4E\u53F9\u6B50\u6B27\u6B5F\u6B24\u6B61\u6B22\u6B72\u5C81\u6B77\u5386\u6B78\u5F52\u6B7F\u6B81\u6B98\u6B8B\u6B9E\u6B92\u6BA4\u6B87\u6BA8\u3C6E\u6BAB\u6B9A\u6BAD\u50F5\u6BAE\u6B93\u6BAF\u6BA1\u6BB0\u3C69\u6BB2\u6B7C\u6BBA\u6740\u6BBB\u58F3\u6BBC\u58F3\u6BC0\u6BC1\u6BC6\u6BB4\u6BFF\u6BF5\u6C02\u7266\u6C08\u6BE1\u6C0C\u6C07\u6C23\u6C14\u6C2B\u6C22\u6C2C\u6C29\u6C33\u6C32\u6C3E\u6CDB\u6C4E\u6CDB\u6C59\u6C61\u6C7A\u51B3\u6C92\u6CA1\u6C96\u51B2\u6CC1\u51B5\u6CDD\u6EAF\u6D29\u6CC4\u6D36\u6C79\u6D79\u6D43\u6D87\u6CFE\u6D97\u6D9A\u6DBC\u51C9\u6DD2\u51C4\u6DDA\u6CEA\u6DE5\u6E0C\u6DE8\u51C0\u6DE9\u51CC\u6DEA\u6CA6\u6DF5\u6E0A\u6DF6\u6D9E\u6DFA\u6D45\u6E19\u6DA3\u6E1B\u51CF\u6E22\u6CA8\u6E26\u6DA1\u6E2C\u6D4B\u6E3E\u6D51\u6E4A\u51D1\u6E5E\u6D48\u6E67\u6D8C\u6E6F\u6C64\u6E88\u6CA9\u6E96\u51C6\u6E9D\u6C9F\u6EAB\u6E29\u6EAE\u6D49\u6EB3\u6DA2\u6EBC\u6E7F\u6EC4\u6CA7\u6EC5\u706D\u6ECC\u6DA4\u6ECE\u8365\u6ED9\u6C47\u6EEC\u6CAA\u6EEF\u6EDE\u6EF2\u6E17\u6EF7\u5364\u6EF8\u6D52\u6EFB\u6D50\u6EFE\u6EDA\u6EFF\u6EE1\u6F01\u6E14\u6F0A\u6E87\u6F1A\u6CA4\u6F22\u6C49\u6F23\u6D9F\u6F2C\u6E0D\u6F32\u6DA8\u6F35\u6E86\u6F38\u6E10\u6F3F\u6D46\u6F40\u6F68\u6F41\u988D\u6F51\u6CFC\u6F54\u6D01\u6F59\u6CA9\u6F5A\u3D0B\u6F5B\u6F5C\u6F64\u6DA6\u6F6F\u6D54\u6F70\u6E83\u6F77\u6ED7\u6F7F\u6DA0\u6F80\u6DA9\u6F86\u6D47\u6F87\u6D9D\u6F90\u6C84\u6F97\u6DA7\u6FA0\u6E11\u6FA4\u6CFD\u6FA6\u6EEA\u6FA9\u6CF6\u6FAE\u6D4D\u6FB1\u6DC0\u6FBE\u3CE0\u6FC1\u6D4A\u6FC3\u6D53\u6FC4\u3CE1\u6FD5\u6E7F\u6FD8\u6CDE\u6FDA\u6E81\u6FDB\u8499\u6FDC\u6D55\u6FDF\u6D4E\u6FE4\u6D9B\u6FE7\u3CD4\u6FEB\u6EE5\u6FF0\u6F4D\u6FF1\u6EE8\u6FFA\u6E85\u6FFC\u6CFA\u6FFE\u6EE4\u7002\u6F9B\u7005\u6EE2\u7006\u6E0E\u7007\u3CBF\u7009\u6CFB\u700B\u6C88\u700F\u6D4F\u7015\u6FD2\u7018\u6CF8\u701D\u6CA5\u701F\u6F47\u7020\u6F46\u7026\u6F74\u7027\u6CF7\u7028\u6FD1\u7030\u5F25\u7032\u6F4B\u703E\u6F9C\u7043\u6CA3\u7044\u6EE0\u7051\u6D12\u7055\u6F13\u7058\u6EE9\u705D\u704F\u7061\u3CD5\u7063\u6E7E\u7064\u6EE6\u7067\u6EDF\u7069\u6EDF\u707D\u707E\u70BA\u4E3A\u70CF\u4E4C\u70F4\u70C3\u7121\u65E0\u7149\u70BC\u7152\u709C\u7159\u70DF\u7162\u8315\u7165\u7115\u7169\u70E6\u716C\u7080\u7171\u3DBD\u7185\u7174\u7192\u8367\u7197\u709D\u71B1\u70ED\u71B2\u988E\u71BE\u70BD\u71C1\u70E8\u71C8\u706F\u71C9\u7096\u71D2\u70E7\u71D9\u70EB\u71DC\u7116\u71DF\u8425\u71E6\u707F\u71EC\u6BC1\u71ED\u70DB\u71F4\u70E9\u71F6\u3DB6\u71FB\u718F\u71FC\u70EC\u71FE\u7118\u720D\u70C1\u7210\u7089\u721B\u70C2\u722D\u4E89\u7232\u4E3A\u723A\u7237\u723E\u5C14\u7240\u5E8A\u7246\u5899\u7258\u724D\u7274\u62B5\u727D\u7275\u7296\u8366\u729B\u7266\u72A2\u728A\u72A7\u727A\u72C0\u72B6\u72F9\u72ED\u72FD\u72C8\u7319\u72F0\u7336\u72B9\u733B\u72F2\u7341\u72B8\u7343\u5446\u7344\u72F1\u7345\u72EE\u734E\u5956\u7368\u72EC\u736A\u72EF\u736B\u7303\u736E\u72DD\u7370\u72DE\u7371\u3E8D\u7372\u83B7\u7375\u730E\u7377\u72B7\u7378\u517D\u737A\u736D\u737B\u732E\u737C\u7315\u7380\u7321\u73FE\u73B0\u7431\u96D5\u743A\u73D0\u743F\u73F2\u744B\u73AE\u7452\u739A\u7463\u7410\u7464\u7476\u7469\u83B9\u746A\u739B\u7472\u73B1\u7489\u740F\u74A1\u740E\u74A3\u7391\u74A6\u7477\u74AB\u73F0\u74AF\u3EC5\u74B0\u73AF\u74B5\u7399\u74B8\u7478\u74BD\u73BA\u74BF\u7487\u74CA\u743C\u74CF\u73D1\u74D4\u748E\u74DA\u74D2\u750C\u74EF\u7515\u74EE\u7522\u4EA7\u7523\u4EA7\u755D\u4EA9\u7562\u6BD5\u756B\u753B\u7570\u5F02\u7575\u753B\u7576\u5F53\u7587\u7574\u758A\u53E0\u75D9\u75C9\u75E0\u9178\u75FA\u75F9\u75FE\u75B4\u7602\u75D6\u760B\u75AF\u760D\u75A1\u7613\u75EA\u761E\u7617\u7621\u75AE\u7627\u759F\u762E\u7606\u7632\u75AD\u763A\u7618\u763B\u7618\u7642\u7597\u7646\u75E8\u7647\u75EB\u7649\u7605\u7652\u6108\u7658\u75A0\u765F\u762A\u7661\u75F4\u7662\u75D2\u7664\u7596\u7665\u75C7\u7667\u75AC\u7669\u765E\u766C\u7663\u766D\u763F\u766E\u763E\u7670\u75C8\u7671\u762B\u7672\u766B\u767C\u53D1\u7681\u7682\u769A\u7691\u76B0\u75B1\u76B8\u76B2\u76BA\u76B1\u76C3\u676F\u76DC\u76D7\u76DE\u76CF\u76E1\u5C3D\u76E3\u76D1\u76E4\u76D8\u76E7\u5362\u76EA\u8361\u771E\u771F\u7725\u7726\u773E\u4F17\u774F\u56F0\u775C\u7741\u775E\u7750\u776A\u777E\u7798\u770D\u779C\u4056\u779E\u7792\u77B6\u7786\u77BC\u7751\u77C7\u8499\u77D3\u772C\u77DA\u77A9\u77EF\u77EB\u7843\u6731\u785C\u7841\u7864\u7856\u7868\u7817\u786F\u781A\u7895\u57FC\u78A9\u7855\u78AD\u7800\u78B8\u781C\u78BA\u786E\u78BC\u7801\u78BD\u40B5\u78D1\u7859\u78DA\u7816\u78E0\u7875\u78E3\u789C\u78E7\u789B\u78EF\u77F6\u78FD\u7857\u78FE\u40C5\u7904\u785A\u790E\u7840\u7919\u788D\u7926\u77FF\u792A\u783A\u792B\u783E\u792C\u77FE\u7931\u783B\u7955\u79D8\u797F\u7984\u798D\u7978\u798E\u796F\u7995\u794E\u79A1\u7943\u79A6\u5FA1\u79AA\u7985\u79AE\u793C\u79B0\u7962\u79B1\u7977\u79BF\u79C3\u79C8\u7C7C\u7A05\u7A0E\u7A08\u79C6\u7A0F\u4149\u7A1C\u68F1\u7A1F\u7980\u7A2E\u79CD\u7A31\u79F0\u7A40\u8C37\u7A47\u415F\u7A4C\u7A23\u7A4D\u79EF\u7A4E\u9896\u7A60\u79FE\u7A61\u7A51\u7A62\u79FD\u7A69\u7A33\u7A6B\u83B7\u7A6D\u7A5E\u7AA9\u7A9D\u7AAA\u6D3C\u7AAE\u7A77\u7AAF\u7A91\u7AB5\u7A8E\u7AB6\u7AAD\u7ABA\u7AA5\u7AC4\u7A9C\u7AC5\u7A8D\u7AC7\u7AA6\u7AC8\u7076\u7ACA\u7A83\u7AEA\u7AD6\u7AF6\u7ADE\u7B46\u7B14\u7B4D\u7B0B\u7B67\u7B15\u7B74\u41F2\u7B87\u4E2A\u7B8B\u7B3A\u7B8F\u7B5D\u7B9A\u672D\u7BC0\u8282\u7BC4\u8303\u7BC9\u7B51\u7BCB\u7BA7\u7BD4\u7B7C\u7BE0\u7B7F\u7BE4\u7B03\u7BE9\u7B5B\u7BF3\u7B5A\u7C00\u7BA6\u7C0D\u7BD3\u7C11\u84D1\u7C1E\u7BAA\u7C21\u7B80\u7C23\u7BD1\u7C2B\u7BAB\u7C37\u6A90\u7C39\u7B5C\u7C3D\u7B7E\u7C3E\u5E18\u7C43\u7BEE\u7C4C\u7B79\u7C54\u4264\u7C59\u7B93\u7C5B\u7BEF\u7C5C\u7BA8\u7C5F\u7C41\u7C60\u7B3C\u7C64\u7B7E\u7C69\u7B3E\u7C6A\u7C16\u7C6C\u7BF1\u7C6E\u7BA9\u7C72\u5401\u7CA7\u5986\u7CB5\u7CA4\u7CC9\u7CBD\u7CDD\u7CC1\u7CDE\u7CAA\u7CE7\u7CAE\u7CED\u7CBD\u7CF0\u56E2\u7CF2\u7C9D\u7CF4\u7C74\u7CF6\u7C9C\u7CF9\u7E9F\u7CFE\u7EA0\u7D00\u7EAA\u7D02\u7EA3\u7D04\u7EA6\u7D05\u7EA2\u7D06\u7EA1\u7D07\u7EA5\u7D08\u7EA8\u7D09\u7EAB\u7D0B\u7EB9\u7D0D\u7EB3\u7D10\u7EBD\u7D13\u7EBE\u7D14\u7EAF\u7D15\u7EB0\u7D16\u7EBC\u7D17\u7EB1\u7D18\u7EAE\u7D19\u7EB8\u7D1A\u7EA7\u7D1B\u7EB7\u7D1C\u7EAD\u7D1D\u7EB4\u7D21\u7EBA\u7D2C\u4337\u7D2E\u624E\u7D30\u7EC6\u7D31\u7EC2\u7D32\u7EC1\u7D33\u7EC5\u7D35\u7EBB\u7D39\u7ECD\u7D3A\u7EC0\u7D3C\u7ECB\u7D3F\u7ED0\u7D40\u7ECC\u7D42\u7EC8\u7D43\u5F26\u7D44\u7EC4\u7D45\u4339\u7D46\u7ECA\u7D4E\u7ED7\u7D50\u7ED3\u7D55\u7EDD\u7D5B\u7EE6\u7D5D\u7ED4\u7D5E\u7EDE\u7D61\u7EDC\u7D62\u7EDA\u7D66\u7ED9\u7D68\u7ED2\u7D70\u7ED6\u7D71\u7EDF\u7D72\u4E1D\u7D73\u7EDB\u7D76\u7EDD\u7D79\u7EE2\u7D81\u7ED1\u7D83\u7EE1\u7D86\u7EE0\u7D88\u7EE8\u7D89\u7EE3\u7D8C\u7EE4\u7D8F\u7EE5\u7D90\u433C\u7D91\u6346\u7D93\u7ECF\u7D9C\u7EFC\u7D9E\u7F0D\u7DA0\u7EFF\u7DA2\u7EF8\u7DA3\u7EFB\u7DAB\u7EBF\u7DAC\u7EF6\u7DAD\u7EF4\u7DAF\u7EF9\u7DB0\u7EFE\u7DB1\u7EB2\u7DB2\u7F51\u7DB3\u7EF7\u7DB4\u7F00\u7DB5\u5F69\u7DB8\u7EB6\u7DB9\u7EFA\u7DBA\u7EEE\u7DBB\u7EFD\u7DBD\u7EF0\u7DBE\u7EEB\u7DBF\u7EF5\u7DC4\u7EF2\u7DC7\u7F01\u7DCA\u7D27\u7DCB\u7EEF\u7DD1\u7EFF\u7DD2\u7EEA\u7DD3\u7EEC\u7DD4\u7EF1\u7DD7\u7F03\u7DD8\u7F04\u7DD9\u7F02\u7DDA\u7EBF\u7DDD\u7F09\u7DDE\u7F0E\u7DE0\u7F14\u7DE1\u7F17\u7DE3\u7F18\u7DE6\u7F0C\u7DE8\u7F16\u7DE9\u7F13\u7DEC\u7F05\u7DEF\u7EAC\u7DF1\u7F11\u7DF2\u7F08\u7DF4\u7EC3\u7DF6\u7F0F\u7DF9\u7F07\u7DFB\u81F4\u7DFC\u7F0A\u7E08\u8426\u7E09\u7F19\u7E0A\u7F22\u7E0B\u7F12\u7E10\u7EC9\u7E11\u7F23\u7E15\u7F0A\u7E17\u7F1E\u7E1B\u7F1A\u7E1D\u7F1C\u7E1E\u7F1F\u7E1F\u7F1B\u7E23\u53BF\u7E27\u7EE6\u7E2B\u7F1D\u7E2D\u7F21\u7E2E\u7F29\u7E31\u7EB5\u7E32\u7F27\u7E33\u4338\u7E34\u7EA4\u7E35\u7F26\u7E36\u7D77\u7E37\u7F15\u7E39\u7F25\u7E3D\u603B\u7E3E\u7EE9\u7E43\u7EF7\u7E45\u7F2B\u7E46\u7F2A\u7E52\u7F2F\u7E54\u7EC7\u7E55\u7F2E\u7E5A\u7F2D\u7E5E\u7ED5\u7E61\u7EE3\u7E62\u7F0B\u7E69\u7EF3\u7E6A\u7ED8\u7E6B\u7CFB\u7E6D\u8327\u7E6E\u7F30\u7E6F\u7F33\u7E70\u7F32\u7E73\u7F34\u7E78\u4341\u7E79\u7ECE\u7E7C\u7EE7\u7E7D\u7F24\u7E7E\u7F31\u7E7F\u4340\u7E87\u98A3\u7E88\u7F2C\u7E8A\u7EA9\u7E8C\u7EED\u7E8D\u7D2F\u7E8F\u7F20\u7E93\u7F28\u7E94\u624D\u7E96\u7EA4\u7E98\u7F35\u7E9C\u7F06\u7F3D\u94B5\u7F43\u44E8\u7F48\u575B\u7F4C\u7F42\u7F4E\u575B\u7F70\u7F5A\u7F75\u9A82\u7F77\u7F62\u7F85\u7F57\u7F86\u7F74\u7F88\u7F81\u7F8B\u8288\u7FA3\u7FA4\u7FA5\u7F9F\u7FA8\u7FA1\u7FA9\u4E49\u7FB6\u81BB\u7FD2\u4E60\u7FEB\u73A9\u7FEC\u7FDA\u7FF9\u7FD8\u7FFD\u7FD9\u802C\u8027\u802E\u8022\u8056\u5723\u805E\u95FB\u806F\u8054\u8070\u806A\u8072\u58F0\u8073\u8038\u8075\u8069\u8076\u8042\u8077\u804C\u8079\u804D\u807D\u542C\u807E\u804B\u8085\u8083\u8105\u80C1\u8108\u8109\u811B\u80EB\u8123\u5507\u8129\u4FEE\u812B\u8131\u8139\u80C0\u814E\u80BE\u8156\u80E8\u8161\u8136\u8166\u8111\u816B\u80BF\u8173\u811A\u8178\u80A0\u8183\u817D\u8195\u8158\u819A\u80A4\u819E\u43DD\u81A0\u80F6\u81A9\u817B\u81BD\u80C6\u81BE\u810D\u81BF\u8113\u81C9\u8138\u81CD\u8110\u81CF\u8191\u81D8\u814A\u81DA\u80EA\u81DF\u810F\u81E0\u8114\u81E2\u81DC\u81E5\u5367\u81E8\u4E34\u81FA\u53F0\u8207\u4E0E\u8208\u5174\u8209\u4E3E\u820A\u65E7\u8216\u94FA\u8218\u9986\u8259\u8231\u8264\u8223\u8266\u8230\u826B\u823B\u8271\u8270\u8277\u8273\u82BB\u520D\u82E7\u82CE\u8332\u5179\u834A\u8346\u838A\u5E84\u8396\u830E\u83A2\u835A\u83A7\u82CB\u83EF\u534E\u83F4\u5EB5\u83F8\u70DF\u8407\u82CC\u840A\u83B1\u842C\u4E07\u8434\u835D\u8435\u83B4\u8449\u53F6\u8452\u836D\u8457\u7740\u8464\u836E\u8466\u82C7\u846F\u836F\u8477\u8364\u8490\u641C\u8493\u83BC\u8494\u83B3\u8495\u8480\u849E\u8385\u84BC\u82CD\u84C0\u836A\u84C6\u5E2D\u84CB\u76D6\u84EE\u83B2\u84EF\u82C1\u84F4\u83BC\u84FD\u835C\u8514\u535C\u8518\u53C2\u851E\u848C\u8523\u848B\u8525\u8471\u8526\u8311\u852D\u836B\u8541\u8368\u8546\u8487\u854E\u835E\u8552\u836C\u8553\u82B8\u8555\u83B8\u8558\u835B\u8562\u8489\u8569\u8361\u856A\u829C\u856D\u8427\u8577\u84E3\u8580\u8570\u8588\u835F\u858A\u84DF\u858C\u8297\u8591\u59DC\u8594\u8537\u8598\u8359\u859F\u83B6\u85A6\u8350\u85A9\u8428\u85B3\u44D5\u85B4\u82CE\u85B5\u44D3\u85B9\u82D4\u85BA\u8360\u85CD\u84DD\u85CE\u8369\u85DD\u827A\u85E5\u836F\u85EA\u85AE\u85ED\u44D6\u85F4\u8574\u85F6\u82C8\u85F9\u853C\u85FA\u853A\u8600\u841A\u8604\u8572\u8606\u82A6\u8607\u82CF\u860A\u8574\u860B\u82F9\u861A\u85D3\u861E\u8539\u8622\u830F\u862D\u5170\u863A\u84E0\u863F\u841D\u8646\u8502\u8655\u5904\u865B\u865A\u865C\u864F\u865F\u53F7\u8667\u4E8F\u866F\u866C\u86FA\u86F1\u86FB\u8715\u8706\u86AC\u8755\u8680\u875F\u732C\u8766\u867E\u8768\u8671\u8778\u8717\u8784\u86F3\u879E\u8682\u87A2\u8424\u87AE\u45D6\u87BB\u877C\u87BF\u8780\u87C4\u86F0\u87C8\u8748\u87CE\u87A8\u87E3\u866E\u87EC\u8749\u87EF\u86F2\u87F2\u866B\u87F6\u86CF\u87FB\u8681\u8801\u8683\u8805\u8747\u8806\u867F\u880D\u874E\u8810\u86F4\u8811\u877E\u8814\u869D\u881F\u8721\u8823\u86CE\u8828\u87CF\u8831\u86CA\u8836\u8695\u883B\u86EE\u8846\u4F17\u884A\u8511\u8853\u672F\u8855\u540C\u885A\u80E1\u885B\u536B\u885D\u51B2\u885E\u536B\u8879\u53EA\u889E\u886E\u88B7\u5939\u88CA\u8885\u88CF\u91CC\u88DC\u8865\u88DD\u88C5\u88E1\u91CC\u88FD\u5236\u8907\u590D\u890C\u88C8\u8918\u8886\u8932\u88E4\u8933\u88E2\u8938\u891B\u893B\u4EB5\u8947\u88E5\u8949\u88E5\u894F\u88AF\u8956\u8884\u895D\u88E3\u8960\u88C6\u8964\u8934\u896A\u889C\u896C\u6446\u896F\u886C\u8972\u88AD\u8974\u8955\u8988\u6838\u898B\u89C1\u898E\u89C3\u898F\u89C4\u8993\u89C5\u8996\u89C6\u8998\u89C7\u89A1\u89CB\u89A5\u89CD\u89A6\u89CE\u89AA\u4EB2\u89AC\u89CA\u89AF\u89CF\u89B2\u89D0\u89B7\u89D1\u89BA\u89C9\u89BD\u89C8\u89BF\u89CC\u89C0\u89C2\u89F4\u89DE\u89F6\u89EF\u89F8\u89E6\u8A01\u8BA0\u8A02\u8BA2\u8A03\u8BA3\u8A08\u8BA1\u8A0A\u8BAF\u8A0C\u8BA7\u8A0E\u8BA8\u8A10\u8BA6\u8A12\u8BB1\u8A13\u8BAD\u8A15\u8BAA\u8A16\u8BAB\u8A17\u6258\u8A18\u8BB0\u8A1B\u8BB9\u8A1D\u8BB6\u8A1F\u8BBC\u8A22\u4723\u8A23\u8BC0\u8A25\u8BB7\u8A29\u8BBB\u8A2A\u8BBF\u8A2D\u8BBE\u8A31\u8BB8\u8A34\u8BC9\u8A36\u8BC3\u8A3A\u8BCA\u8A3B\u6CE8\u8A3C\u8BC1\u8A41\u8BC2\u8A46\u8BCB\u8A4E\u8BB5\u8A50\u8BC8\u8A52\u8BD2\u8A54\u8BCF\u8A55\u8BC4\u8A56\u8BD0\u8A57\u8BC7\u8A58\u8BCE\u8A5B\u8BC5\u8A5E\u8BCD\u8A60\u548F\u8A61\u8BE9\u8A62\u8BE2\u8A63\u8BE3\u8A66\u8BD5\u8A69\u8BD7\u8A6B\u8BE7\u8A6C\u8BDF\u8A6D\u8BE1\u8A6E\u8BE0\u8A70\u8BD8\u8A71\u8BDD\u8A72\u8BE5\u8A73\u8BE6\u8A75\u8BDC\u8A7C\u8BD9\u8A7F\u8BD6\u8A84\u8BD4\u8A85\u8BDB\u8A86\u8BD3\u8A87\u5938\u8A8C\u5FD7\u8A8D\u8BA4\u8A91\u8BF3\u8A92\u8BF6\u8A95\u8BDE\u8A98\u8BF1\u8A9A\u8BEE\u8A9E\u8BED\u8AA0\u8BDA\u8AA1\u8BEB\u8AA3\u8BEC\u8AA4\u8BEF\u8AA5\u8BF0\u8AA6\u8BF5\u8AA8\u8BF2\u8AAA\u8BF4\u8AAC\u8BF4\u8AB0\u8C01\u8AB2\u8BFE\u8AB6\u8C07\u8AB9\u8BFD\u8ABC\u8C0A\u8ABE\u8A1A\u8ABF\u8C03\u8AC2\u8C04\u8AC4\u8C06\u8AC7\u8C08\u8AC9\u8BFF\u8ACB\u8BF7\u8ACD\u8BE4\u8ACF\u8BF9\u8AD1\u8BFC\u8AD2\u8C05\u8AD6\u8BBA\u8AD7\u8C02\u8ADB\u8C00\u8ADC\u8C0D\u8ADD\u8C1E\u8ADE\u8C1D\u8AE1\u8C25\u8AE2\u8BE8\u8AE4\u8C14\u8AE6\u8C1B\u8AE7\u8C10\u8AEB\u8C0F\u8AED\u8C15\u8AEE\u54A8\u8AF1\u8BB3\u8AF3\u8C19\u8AF6\u8C0C\u8AF7\u8BBD\u8AF8\u8BF8\u8AFA\u8C1A\u8AFC\u8C16\u8AFE\u8BFA\u8B00\u8C0B\u8B01\u8C12\u8B02\u8C13\u8B04\u8A8A\u8B05\u8BCC\u8B0A\u8C0E\u8B0E\u8C1C\u8B10\u8C27\u8B14\u8C11\u8B16\u8C21\u8B17\u8C24\u8B19\u8C26\u8B1A\u8C25\u8B1B\u8BB2\u8B1D\u8C22\u8B20\u8C23\u8B21\u8C23\u8B28\u8C1F\u8B2B\u8C2A\u8B2C\u8C2C\u8B2D\u8C2B\u8B33\u8BB4\u8B39\u8C28\u8B3E\u8C29\u8B41\u54D7\u8B49\u8BC1\u8B4E\u8C32\u8B4F\u8BA5\u8B56\u8C2E\u8B58\u8BC6\u8B59\u8C2F\u8B5A\u8C2D\u8B5C\u8C31\u8B5F\u566A\u8B6B\u8C35\u8B6D\u6BC1\u8B6F\u8BD1\u8B70\u8BAE\u8B74\u8C34\u8B77\u62A4\u8B78\u8BEA\u8B7D\u8A89\u8B7E\u8C2B\u8B80\u8BFB\u8B85\u8C09\u8B8A\u53D8\u8B8B\u8A5F\u8B8C\u4729\u8B8E\u96E0\u8B92\u8C17\u8B93\u8BA9\u8B95\u8C30\u8B96\u8C36\u8B9A\u8D5E\u8B9C\u8C20\u8B9E\u8C33\u8C3F\u6EAA\u8C48\u5C82\u8C4E\u7AD6\u8C50\u4E30\u8C54\u8273\u8C6C\u732A\u8C76\u8C6E\u8C8D\u72F8\u8C93\u732B\u8C99\u4759\u8C9D\u8D1D\u8C9E\u8D1E\u8C9F\u8D20\u8CA0\u8D1F\u8CA1\u8D22\u8CA2\u8D21\u8CA7\u8D2B\u8CA8\u8D27\u8CA9\u8D29\u8CAA\u8D2A\u8CAB\u8D2F\u8CAC\u8D23\u8CAF\u8D2E\u8CB0\u8D33\u8CB2\u8D40\u8CB3\u8D30\u8CB4\u8D35\u8CB6\u8D2C\u8CB7\u4E70\u8CB8\u8D37\u8CBA\u8D36\u8CBB\u8D39\u8CBC\u8D34\u8CBD\u8D3B\u8CBF\u8D38\u8CC0\u8D3A\u8CC1\u8D32\u8CC2\u8D42\u8CC3\u8D41\u8CC4\u8D3F\u8CC5\u8D45\u8CC7\u8D44\u8CC8\u8D3E\u8CCA\u8D3C\u8CD1\u8D48\u8CD2\u8D4A\u8CD3\u5BBE\u8CD5\u8D47\u8CD9\u8D52\u8CDA\u8D49\u8CDC\u8D50\u8CDE\u8D4F\u8CE0\u8D54\u8CE1\u8D53\u8CE2\u8D24\u8CE3\u5356\u8CE4\u8D31\u8CE6\u8D4B\u8CE7\u8D55\u8CEA\u8D28\u8CEB\u8D4D\u8CEC\u8D26\u8CED\u8D4C\u8CF0\u4790\u8CF4\u8D56\u8CF5\u8D57\u8CFA\u8D5A\u8CFB\u8D59\u8CFC\u8D2D\u8CFD\u8D5B\u8CFE\u8D5C\u8D04\u8D3D\u8D05\u8D58\u8D07\u8D5F\u8D08\u8D60\u8D0A\u8D5E\u8D0B\u8D5D\u8D0D\u8D61\u8D0F\u8D62\u8D10\u8D46\u8D13\u8D43\u8D14\u8D51\u8D16\u8D4E\u8D17\u8D5D\u8D1B\u8D63\u8D1C\u8D43\u8D6C\u8D6A\u8D95\u8D76\u8D99\u8D75\u8DA8\u8D8B\u8DB2\u8DB1\u8DE1\u8FF9\u8E10\u8DF5\u8E30\u903E\u8E34\u8E0A\u8E4C\u8DC4\u8E55\u8DF8\u8E5F\u8FF9\u8E60\u8DD6\u8E63\u8E52\u8E64\u8E2A\u8E7A\u8DF7\u8E82\u8DF6\u8E89\u8DB8\u8E8A\u8E0C\u8E8B\u8DFB\u8E8D\u8DC3\u8E8E\u47E2\u8E91\u8E2F\u8E92\u8DDE\u8E93\u8E2C\u8E95\u8E70\u8E9A\u8DF9\u8EA1\u8E51\u8EA5\u8E7F\u8EA6\u8E9C\u8EAA\u8E8F\u8EC0\u8EAF\u8ECA\u8F66\u8ECB\u8F67\u8ECC\u8F68\u8ECD\u519B\u8ED1\u8F6A\u8ED2\u8F69\u8ED4\u8F6B\u8EDB\u8F6D\u8EDF\u8F6F\u8EE4\u8F77\u8EEB\u8F78\u8EF2\u8F71\u8EF8\u8F74\u8EF9\u8F75\u8EFA\u8F7A\u8EFB\u8F72\u8EFC\u8F76\u8EFE\u8F7C\u8F03\u8F83\u8F05\u8F82\u8F07\u8F81\u8F08\u8F80\u8F09\u8F7D\u8F0A\u8F7E\u8F12\u8F84\u8F13\u633D\u8F14\u8F85\u8F15\u8F7B\u8F1B\u8F86\u8F1C\u8F8E\u8F1D\u8F89\u8F1E\u8F8B\u8F1F\u8F8D\u8F25\u8F8A\u8F26\u8F87\u8F29\u8F88\u8F2A\u8F6E\u8F2C\u8F8C\u8F2F\u8F91\u8F33\u8F8F\u8F38\u8F93\u8F3B\u8F90\u8F3C\u8F92\u8F3E\u8F97\u8F3F\u8206\u8F40\u8F92\u8F42\u6BC2\u8F44\u8F96\u8F45\u8F95\u8F46\u8F98\u8F49\u8F6C\u8F4D\u8F99\u8F4E\u8F7F\u8F54\u8F9A\u8F5F\u8F70\u8F61\u8F94\u8F62\u8F79\u8F64\u8F73\u8FA6\u529E\u8FAD\u8F9E\u8FAE\u8FAB\u8FAF\u8FA9\u8FB2\u519C\u8FF4\u56DE\u9015\u5F84\u9019\u8FD9\u9023\u8FDE\u9031\u5468\u9032\u8FDB\u904A\u6E38\u904B\u8FD0\u904E\u8FC7\u9054\u8FBE\u9055\u8FDD\u9059\u9065\u905C\u900A\u905E\u9012\u9060\u8FDC\u9061\u6EAF\u9069\u9002\u9072\u8FDF\u9076\u7ED5\u9077\u8FC1\u9078\u9009\u907A\u9057\u907C\u8FBD\u9081\u8FC8\u9084\u8FD8\u9087\u8FE9\u908A\u8FB9\u908F\u903B\u9090\u9026\u90DF\u90CF\u90F5\u90AE\u9106\u90D3\u9109\u4E61\u9112\u90B9\u9114\u90AC\u9116\u90E7\u9127\u9093\u912D\u90D1\u9130\u90BB\u9132\u90F8\u9134\u90BA\u9136\u90D0\u913A\u909D\u9147\u9142\u9148\u90E6\u9183\u814C\u9196\u915D\u919C\u4E11\u919E\u915D\u919F\u848F\u91A3\u7CD6\u91AB\u533B\u91AC\u9171\u91B1\u9166\u91C0\u917F\u91C1\u8845\u91C3\u917E\u91C5\u917D\u91CB\u91CA\u91D0\u5398\u91D2\u9485\u91D3\u9486\u91D4\u9487\u91D5\u948C\u91D7\u948A\u91D8\u9489\u91D9\u948B\u91DD\u9488\u91E3\u9493\u91E4\u9490\u91E6\u6263\u91E7\u948F\u91E9\u9492\u91F5\u9497\u91F7\u948D\u91F9\u9495\u91FA\u948E\u91FE\u497A\u9200\u94AF\u9201\u94AB\u9203\u9498\u9204\u94AD\u9205\u94A5\u9208\u949A\u9209\u94A0\u920D\u949D\u920E\u94A9\u9210\u94A4\u9211\u94A3\u9212\u9491\u9214\u949E\u9215\u94AE\u921E\u94A7\u9221\u949F\u9223\u9499\u9225\u94AC\u9226\u949B\u9227\u94AA\u922E\u94CC\u9230\u94C8\u9233\u94B6\u9234\u94C3\u9237\u94B4\u9238\u94B9\u9239\u94CD\u923A\u94B0\u923D\u94B8\u923E\u94C0\u923F\u94BF\u9240\u94BE\u9245\u5DE8\u9246\u94BB\u9248\u94CA\u9249\u94C9\u924B\u94C7\u924D\u94CB\u9251\u94C2\u9255\u94B7\u9257\u94B3\u925A\u94C6\u925B\u94C5\u925E\u94BA\u9262\u94B5\u9264\u94A9\u9266\u94B2\u926C\u94BC\u926D\u94BD\u9273\u952B\u9276\u94CF\u9278\u94F0\u927A\u94D2\u927B\u94EC\u927F\u94EA\u9280\u94F6\u9283\u94F3\u9285\u94DC\u928D\u94DA\u9291\u94E3\u9293\u94E8\u9296\u94E2\u9298\u94ED\u929A\u94EB\u929B\u94E6\u929C\u8854\u92A0\u94D1\u92A3\u94F7\u92A5\u94F1\u92A6\u94DF\u92A8\u94F5\u92A9\u94E5\u92AA\u94D5\u92AB\u94EF\u92AC\u94D0\u92B1\u94DE\u92B3\u9510\u92B7\u9500\u92B9\u9508\u92BB\u9511\u92BC\u9509\u92C1\u94DD\u92C3\u9512\u92C5\u950C\u92C7\u94A1\u92CC\u94E4\u92CF\u94D7\u92D2\u950B\u92D9\u94FB\u92DD\u950A\u92DF\u9513\u92E3\u94D8\u92E4\u9504\u92E5\u9503\u92E6\u9514\u92E8\u9507\u92E9\u94D3\u92EA\u94FA\u92ED\u9510\u92EE\u94D6\u92EF\u9506\u92F0\u9502\u92F1\u94FD\u92F6\u950D\u92F8\u952F\u92FC\u94A2\u9301\u951E\u9304\u5F55\u9306\u9516\u9307\u952B\u9308\u9529\u930F\u94D4\u9310\u9525\u9312\u9515\u9315\u951F\u9318\u9524\u9319\u9531\u931A\u94EE\u931B\u951B\u931F\u952C\u9320\u952D\u9321\u951C\u9322\u94B1\u9326\u9526\u9328\u951A\u9329\u9520\u932B\u9521\u932E\u9522\u932F\u9519\u9332\u5F55\u9333\u9530\u9336\u8868\u9338\u94FC\u933C\u954E\u9340\u951D\u9341\u9528\u9343\u952A\u9345\u94AB\u9346\u9494\u9347\u9534\u9348\u9533\u934A\u70BC\u934B\u9505\u934D\u9540\u9354\u9537\u9358\u94E1\u935A\u9496\u935B\u953B\u9360\u953D\u9364\u9538\u9365\u9532\u9369\u9518\u936C\u9539\u9370\u953E\u9375\u952E\u9376\u9536\u937A\u9517\u937C\u9488\u937E\u949F\u9382\u9541\u9384\u953F\u9387\u9545\u938A\u9551\u938C\u9570\u9394\u9555\u9396\u9501\u9398\u9549\u939A\u9524\u939B\u9548\u93A1\u9543\u93A2\u94A8\u93A3\u84E5\u93A6\u954F\u93A7\u94E0\u93A9\u94E9\u93AA\u953C\u93AC\u9550\u93AD\u9547\u93AE\u9547\u93B0\u9552\u93B2\u954B\u93B3\u954D\u93B5\u9553\u93B6\u9FD4\u93B8\u954C\u93BF\u954E\u93C3\u955E\u93C7\u65CB\u93C8\u94FE\u93CC\u9546\u93CD\u9559\u93D0\u9560\u93D1\u955D\u93D7\u94FF\u93D8\u9535\u93DC\u9557\u93DD\u9558\u93DE\u955B\u93DF\u94F2\u93E1\u955C\u93E2\u9556\u93E4\u9542\u93E8\u933E\u93F0\u955A\u93F5\u94E7\u93F7\u9564\u93F9\u956A\u93FA\u497D\u93FD\u9508\u9403\u94D9\u940B\u94F4\u9410\u9563\u9412\u94F9\u9413\u9566\u9414\u9561\u9418\u949F\u9419\u956B\u941D\u9562\u9420\u9568\u9425\u4985\u9426\u950E\u9427\u950F\u9428\u9544\u942B\u954C\u942E\u9570\u942F\u4983\u9432\u956F\u9433\u956D\u9435\u94C1\u9436\u956E\u9438\u94CE\u943A\u94DB\u943F\u9571\u9444\u94F8\u944A\u956C\u944C\u9554\u9451\u9274\u9452\u9274\u9454\u9572\u9455\u9527\u945E\u9574\u9460\u94C4\u9463\u9573\u9465\u9565\u946D\u9567\u9470\u94A5\u9471\u9575\u9472\u9576\u9477\u954A\u9479\u9569\u947C\u9523\u947D\u94BB\u947E\u92AE\u947F\u51FF\u9481\u9562\u9482\u954B\u9577\u957F\u9580\u95E8\u9582\u95E9\u9583\u95EA\u9586\u95EB\u9588\u95EC\u9589\u95ED\u958B\u5F00\u958C\u95F6\u958E\u95F3\u958F\u95F0\u9591\u95F2\u9592\u95F2\u9593\u95F4\u9594\u95F5\u9598\u95F8\u95A1\u9602\u95A3\u9601\u95A4\u5408\u95A5\u9600\u95A8\u95FA\u95A9\u95FD\u95AB\u9603\u95AC\u9606\u95AD\u95FE\u95B1\u9605\u95B2\u9605\u95B6\u960A\u95B9\u9609\u95BB\u960E\u95BC\u960F\u95BD\u960D\u95BE\u9608\u95BF\u960C\u95C3\u9612\u95C6\u677F\u95C7\u6697\u95C8\u95F1\u95CA\u9614\u95CB\u9615\u95CC\u9611\u95CD\u9607\u95D0\u9617\u95D2\u9618\u95D3\u95FF\u95D4\u9616\u95D5\u9619\u95D6\u95EF\u95DC\u5173\u95DE\u961A\u95E0\u9613\u95E1\u9610\u95E2\u8F9F\u95E4\u961B\u95E5\u95FC\u9658\u9649\u965D\u9655\u965E\u5347\u9663\u9635\u9670\u9634\u9673\u9648\u9678\u9646\u967D\u9633\u9689\u9667\u968A\u961F\u968E\u9636\u9695\u9668\u969B\u9645\u96A8\u968F\u96AA\u9669\u96AF\u9666\u96B1\u9690\u96B4\u9647\u96B8\u96B6\u96BB\u53EA\u96CB\u96BD\u96D6\u867D\u96D9\u53CC\u96DB\u96CF\u96DC\u6742\u96DE\u9E21\u96E2\u79BB\u96E3\u96BE\u96F2\u4E91\u96FB\u7535\u9711\u6CBE\u9722\u9721\u9727\u96FE\u973D\u9701\u9742\u96F3\u9744\u972D\u9746\u53C7\u9748\u7075\u9749\u53C6\u975A\u9753\u975C\u9759\u975D\u9754\u9766\u817C\u9768\u9765\u978F\u5DE9\u979D\u7EF1\u97A6\u79CB\u97BD\u9792\u97C1\u7F30\u97C3\u9791\u97C6\u5343\u97C9\u97AF\u97CB\u97E6\u97CC\u97E7\u97CD\u97E8\u97D3\u97E9\u97D9\u97EA\u97DC\u97EC\u97DD\u97B2\u97DE\u97EB\u97FB\u97F5\u97FF\u54CD\u9801\u9875\u9802\u9876\u9803\u9877\u9805\u9879\u9806\u987A\u9807\u9878\u9808\u987B\u980A\u987C\u980C\u9882\u980E\u9880\u980F\u9883\u9810\u9884\u9811\u987D\u9812\u9881\u9813\u987F\u9817\u9887\u9818\u9886\u981C\u988C\u9821\u9889\u9824\u9890\u9826\u988F\u982D\u5934\u982E\u9892\u9830\u988A\u9832\u988B\u9834\u9895\u9837\u9894\u9838\u9888\u9839\u9893\u983B\u9891\u983D\u9893\u9846\u9897\u984C\u9898\u984D\u989D\u984E\u816D\u984F\u989C\u9852\u9899\u9853\u989B\u9854\u989C\u9858\u613F\u9859\u98A1\u985B\u98A0\u985E\u7C7B\u9862\u989F\u9865\u98A2\u9867\u987E\u986B\u98A4\u986C\u98A5\u986F\u663E\u9870\u98A6\u9871\u9885\u9873\u989E\u9874\u98A7\u98A8\u98CE\u98AD\u98D0\u98AE\u98D1\u98AF\u98D2\u98B1\u53F0\u98B3\u522E\u98B6\u98D3\u98B8\u98D4\u98BA\u98CF\u98BB\u98D6\u98BC\u98D5\u98C0\u98D7\u98C4\u98D8\u98C6\u98D9\u98C8\u98DA\u98DB\u98DE\u98E0\u9963\u98E2\u9965\u98E3\u9964\u98E5\u9966\u98E9\u9968\u98EA\u996A\u98EB\u996B\u98ED\u996C\u98EF\u996D\u98F1\u98E7\u98F2\u996E\u98F4\u9974\u98FC\u9972\u98FD\u9971\u98FE\u9970\u98FF\u9973\u9903\u997A\u9904\u9978\u9905\u997C\u9908\u7CCD\u9909\u9977\u990A\u517B\u990C\u9975\u990E\u9979\u990F\u997B\u9911\u997D\u9912\u9981\u9913\u997F\u9915\u9982\u9916\u997E\u9918\u4F59\u991A\u80B4\u991B\u9984\u991C\u9983\u991E\u996F\u9921\u9985\u9928\u9986\u992C\u7CCA\u9931\u7CC7\u9933\u9967\u9935\u5582\u9936\u9989\u9937\u9987\u993A\u998E\u993C\u9969\u993E\u998F\u993F\u998A\u9941\u998C\u9943\u998D\u9945\u9992\u9948\u9990\u9949\u9991\u994A\u9993\u994B\u9988\u994C\u9994\u9951\u9965\u9952\u9976\u9957\u98E8\u995C\u990D\u995E\u998B\u9962\u9995\u99AC\u9A6C\u99AD\u9A6D\u99AE\u51AF\u99B1\u9A6E\u99B3\u9A70\u99B4\u9A6F\u99B9\u9A72\u99C1\u9A73\u99D0\u9A7B\u99D1\u9A7D\u99D2\u9A79\u99D4\u9A75\u99D5\u9A7E\u99D8\u9A80\u99D9\u9A78\u99DB\u9A76\u99DD\u9A7C\u99DF\u9A77\u99E1\u9A82\u99E2\u9A88\u99ED\u9A87\u99F0\u9A83\u99F1\u9A86\u99F8\u9A8E\u99FF\u9A8F\u9A01\u9A8B\u9A02\u9A8D\u9A05\u9A93\u9A0C\u9A94\u9A0D\u9A92\u9A0E\u9A91\u9A0F\u9A90\u9A16\u9A9B\u9A19\u9A97\u9A24\u9A99\u9A27\u4BC4\u9A2B\u9A9E\u9A2D\u9A98\u9A2E\u9A9D\u9A30\u817E\u9A36\u9A7A\u9A37\u9A9A\u9A38\u9A9F\u9A3E\u9AA1\u9A40\u84E6\u9A41\u9A9C\u9A42\u9A96\u9A43\u9AA0\u9A44\u9AA2\u9A45\u9A71\u9A4A\u9A85\u9A4C\u9A95\u9A4D\u9A81\u9A4F\u9AA3\u9A55\u9A84\u9A57\u9A8C\u9A5A\u60CA\u9A5B\u9A7F\u9A5F\u9AA4\u9A62\u9A74\u9A64\u9AA7\u9A65\u9AA5\u9A66\u9AA6\u9A6A\u9A8A\u9A6B\u9A89\u9AAF\u80AE\u9ACF\u9AC5\u9AD2\u810F\u9AD4\u4F53\u9AD5\u9ACC\u9AD6\u9ACB\u9AEE\u53D1\u9B06\u677E\u9B0D\u80E1\u9B1A\u987B\u9B22\u9B13\u9B25\u6597\u9B27\u95F9\u9B28\u54C4\u9B29\u960B\u9B2E\u9604\u9B31\u90C1\u9B39\u9B36\u9B4E\u9B49\u9B58\u9B47\u9B5A\u9C7C\u9B5B\u9C7D\u9B62\u9C7E\u9B68\u9C80\u9B6F\u9C81\u9B74\u9C82\u9B77\u9C7F\u9B7A\u9C84\u9B81\u9C85\u9B83\u9C86\u9B8A\u9C8C\u9B8B\u9C89\u9B8D\u9C8F\u9B8E\u9C87\u9B90\u9C90\u9B91\u9C8D\u9B92\u9C8B\u9B93\u9C8A\u9B9A\u9C92\u9B9C\u9C98\u9B9D\u9C9E\u9B9E\u9C95\u9BA3\u4C9F\u9BA6\u9C96\u9BAA\u9C94\u9BAB\u9C9B\u9BAD\u9C91\u9BAE\u9C9C\u9BB3\u9C93\u9BB6\u9CAA\u9BBA\u9C9D\u9BC0\u9CA7\u9BC1\u9CA0\u9BC7\u9CA9\u9BC9\u9CA4\u9BCA\u9CA8\u9BD2\u9CAC\u9BD4\u9CBB\u9BD5\u9CAF\u9BD6\u9CAD\u9BD7\u9C9E\u9BDB\u9CB7\u9BDD\u9CB4\u9BE1\u9CB1\u9BE2\u9CB5\u9BE4\u9CB2\u9BE7\u9CB3\u9BE8\u9CB8\u9BEA\u9CAE\u9BEB\u9CB0\u9BF0\u9C87\u9BF4\u9CBA\u9BF7\u9CC0\u9BFD\u9CAB\u9BFF\u9CCA\u9C01\u9CC8\u9C02\u9C97\u9C03\u9CC2\u9C06\u4CA0\u9C08\u9CBD\u9C09\u9CC7\u9C0C\u4CA1\u9C0D\u9CC5\u9C0F\u9CBE\u9C10\u9CC4\u9C12\u9CC6\u9C13\u9CC3\u9C1B\u9CC1\u9C1C\u9CD2\u9C1F\u9CD1\u9C20\u9CCB\u9C23\u9CA5\u9C25\u9CCF\u9C27\u4CA2\u9C28\u9CCE\u9C29\u9CD0\u9C2D\u9CCD\u9C2E\u9CC1\u9C31\u9CA2\u9C32\u9CCC\u9C33\u9CD3\u9C35\u9CD8\u9C37\u9CA6\u9C39\u9CA3\u9C3A\u9CB9\u9C3B\u9CD7\u9C3C\u9CDB\u9C3E\u9CD4\u9C42\u9CC9\u9C45\u9CD9\u9C48\u9CD5\u9C49\u9CD6\u9C52\u9CDF\u9C54\u9CDD\u9C56\u9CDC\u9C57\u9CDE\u9C58\u9C9F\u9C5D\u9CBC\u9C5F\u9C8E\u9C60\u9C99\u9C63\u9CE3\u9C64\u9CE1\u9C67\u9CE2\u9C68\u9CBF\u9C6D\u9C9A\u9C6F\u9CE0\u9C77\u9CC4\u9C78\u9C88\u9C7A\u9CA1\u9CE5\u9E1F\u9CE7\u51EB\u9CE9\u9E20\u9CEC\u51EB\u9CF2\u9E24\u9CF3\u51E4\u9CF4\u9E23\u9CF6\u9E22\u9CFE\u4D13\u9D06\u9E29\u9D07\u9E28\u9D09\u9E26\u9D12\u9E30\u9D15\u9E35\u9D1B\u9E33\u9D1D\u9E32\u9D1E\u9E2E\u9D1F\u9E31\u9D23\u9E2A\u9D26\u9E2F\u9D28\u9E2D\u9D2F\u9E38\u9D30\u9E39\u9D34\u9E3B\u9D37\u4D15\u9D3B\u9E3F\u9D3F\u9E3D\u9D41\u4D14\u9D42\u9E3A\u9D43\u9E3C\u9D50\u9E40\u9D51\u9E43\u9D52\u9E46\u9D53\u9E41\u9D5C\u9E48\u9D5D\u9E45\u9D60\u9E44\u9D61\u9E49\u9D6A\u9E4C\u9D6C\u9E4F\u9D6E\u9E50\u9D6F\u9E4E\u9D70\u96D5\u9D72\u9E4A\u9D77\u9E53\u9D7E\u9E4D\u9D84\u4D16\u9D87\u9E2B\u9D89\u9E51\u9D8A\u9E52\u9D93\u9E4B\u9D96\u9E59\u9D98\u9E55\u9D9A\u9E57\u9DA1\u9E56\u9DA5\u9E5B\u9DA9\u9E5C\u9DAA\u4D17\u9DAC\u9E27\u9DAF\u83BA\u9DB2\u9E5F\u9DB4\u9E64\u9DB9\u9E60\u9DBA\u9E61\u9DBB\u9E58\u9DBC\u9E63\u9DBF\u9E5A\u9DC0\u9E5A\u9DC1\u9E62\u9DC2\u9E5E\u9DC4\u9E21\u9DC9\u4D18\u9DCA\u9E5D\u9DD3\u9E67\u9DD6\u9E65\u9DD7\u9E25\u9DD9\u9E37\u9DDA\u9E68\u9DE5\u9E36\u9DE6\u9E6A\u9DEB\u9E54\u9DEF\u9E69\u9DF2\u9E6B\u9DF3\u9E47\u9DF4\u9E47\u9DF8\u9E6C\u9DF9\u9E70\u9DFA\u9E6D\u9DFD\u9E34\u9E02\u3D89\u9E07\u9E6F\u9E0A\u4D19\u9E0C\u9E71\u9E0F\u9E72\u9E15\u9E2C\u9E18\u9E74\u9E1A\u9E66\u9E1B\u9E73\u9E1D\u9E42\u9E1E\u9E3E\u9E75\u5364\u9E79\u54B8\u9E7A\u9E7E\u9E7C\u78B1\u9E7D\u76D0\u9E97\u4E3D\u9EA5\u9EA6\u9EA9\u9EB8\u9EAA\u9762\u9EAB\u9762\u9EAF\u66F2\u9EB4\u66F2\u9EB5\u9762\u9EBC\u5E7A\u9EBD\u5E7A\u9EC3\u9EC4\u9ECC\u9EC9\u9EDE\u70B9\u9EE8\u515A\u9EF2\u9EEA\u9EF4\u9709\u9EF6\u9EE1\u9EF7\u9EE9\u9EFD\u9EFE\u9EFF\u9F0B\u9F02\u9F0C\u9F09\u9F0D\u9F15\u51AC\u9F34\u9F39\u9F4A\u9F50\u9F4B\u658B\u9F4E\u8D4D\u9F4F\u9F51\u9F52\u9F7F\u9F54\u9F80\u9F55\u9F81\u9F57\u9F82\u9F59\u9F85\u9F5C\u9F87\u9F5F\u9F83\u9F60\u9F86\u9F61\u9F84\u9F63\u51FA\u9F66\u9F88\u9F67\u556E\u9F6A\u9F8A\u9F6C\u9F89\u9F72\u9F8B\u9F76\u816D\u9F77\u9F8C\u9F8D\u9F99\u9F8E\u5390\u9F90\u5E9E\u9F91\u4DAE\u9F94\u9F9A\u9F95\u9F9B\u9F9C\u9F9F\u9FC1\u4724\u9FD3\u9FD2\uF900\u5C82\uF901\u66F4\uF902\u8F66\uF903\u8D3E\uF904\u6ED1\uF905\u4E32\uF906\u53E5\uF907\u9F9F\uF908\u9F9F\uF909\u5951\uF90A\u91D1\uF90B\u5587\uF90C\u5948\uF90D\u61D2\uF90E\u765E\uF90F\u7F57\uF910\u841D\uF911\u87BA\uF912\u88F8\uF913\u903B\uF914\u4E50\uF915\u6D1B\uF916\u70D9\uF917\u73DE\uF918\u843D\uF919\u916A\uF91A\u9A86\uF91B\u4E71\uF91C\u5375\uF91D\u680F\uF91E\u70C2\uF91F\u5170\uF920\u9E3E\uF921\u5C9A\uF922\u6EE5\uF923\u84DD\uF924\u8934\uF925\u62C9\uF926\u814A\uF927\u8721\uF928\u5ECA\uF929\u6717\uF92A\u6D6A\uF92B\u72FC\uF92C\u90CE\uF92D\u6765\uF92E\u51B7\uF92F\u52B3\uF930\u63B3\uF931\u6A79\uF932\u7089\uF933\u5362\uF934\u8001\uF935\u82A6\uF936\u864F\uF937\u8DEF\uF938\u9732\uF939\u9C81\uF93A\u9E6D\uF93B\u788C\uF93C\u7984\uF93D\u7EFF\uF93E\u83C9\uF93F\u5F55\uF940\u9E7F\uF941\u8BBA\uF942\u5784\uF943\u5F04\uF944\u7B3C\uF945\u804B\uF946\u7262\uF947\u78CA\uF948\u8D42\uF949\u96F7\uF94A\u5792\uF94B\u5C61\uF94C\u697C\uF94D\u6CEA\uF94E\u6F0F\uF94F\u7D2F\uF950\u7F15\uF951\u964B\uF952\u52D2\uF953\u808B\uF954\u51DB\uF955\u51CC\uF956\u68F1\uF957\u7EEB\uF958\u83F1\uF959\u9675\uF95A\u8BFB\uF95B\u62CF\uF95C\u4E50\uF95D\u8BFA\uF95E\u4E39\uF95F\u5B81\uF960\u6012\uF961\u7387\uF962\u5F02\uF963\u5317\uF964\u78FB\uF965\u4FBF\uF966\u590D\uF967\u4E0D\uF968\u6CCC\uF969\u6570\uF96A\u7D22\uF96B\u53C2\uF96C\u585E\uF96D\u7701\uF96E\u53F6\uF96F\u8BF4\uF970\u6740\uF971\u8FB0\uF972\u6C88\uF973\u62FE\uF974\u82E5\uF975\u63A0\uF976\u7565\uF977\u4EAE\uF978\u4E24\uF979\u51C9\uF97A\u6881\uF97B\u7CAE\uF97C\u826F\uF97D\u8C05\uF97E\u91CF\uF97F\u52B1\uF980\u5415\uF981\u5973\uF982\u5E90\uF983\u65C5\uF984\u6EE4\uF985\u783A\uF986\u95FE\uF987\u9A8A\uF988\u4E3D\uF989\u9ECE\uF98A\u529B\uF98B\u5386\uF98C\u5386\uF98D\u8F79\uF98E\u5E74\uF98F\u601C\uF990\u604B\uF991\u649A\uF992\u6D9F\uF993\u70BC\uF994\u740F\uF995\u79CA\uF996\u7EC3\uF997\u8054\uF998\u8F87\uF999\u83B2\uF99A\u8FDE\uF99B\u70BC\uF99C\u5217\uF99D\u52A3\uF99E\u54BD\uF99F\u70C8\uF9A0\u88C2\uF9A1\u8BF4\uF9A2\u5EC9\uF9A3\u5FF5\uF9A4\u637B\uF9A5\u6B93\uF9A6\u5E18\uF9A7\u730E\uF9A8\u4EE4\uF9A9\u56F9\uF9AA\u5B81\uF9AB\u5CAD\uF9AC\u601C\uF9AD\u73B2\uF9AE\u83B9\uF9AF\u7F9A\uF9B0\u8046\uF9B1\u94C3\uF9B2\u96F6\uF9B3\u7075\uF9B4\u9886\uF9B5\u4F8B\uF9B6\u793C\uF9B7\u91B4\uF9B8\u96B6\uF9B9\u6076\uF9BA\u4E86\uF9BB\u50DA\uF9BC\u5BEE\uF9BD\u5C3F\uF9BE\u6599\uF9BF\u4E50\uF9C0\u71CE\uF9C1\u7597\uF9C2\u84FC\uF9C3\u8FBD\uF9C4\u9F99\uF9C5\u6655\uF9C6\u962E\uF9C7\u5218\uF9C8\u677B\uF9C9\u67F3\uF9CA\u6D41\uF9CB\u6E9C\uF9CC\u7409\uF9CD\u7559\uF9CE\u786B\uF9CF\u7EBD\uF9D0\u7C7B\uF9D1\u516D\uF9D2\u622E\uF9D3\u9646\uF9D4\u4F26\uF9D5\u4ED1\uF9D6\u6CA6\uF9D7\u8F6E\uF9D8\u5F8B\uF9D9\u6817\uF9DA\u6817\uF9DB\u7387\uF9DC\u9686\uF9DD\u5229\uF9DE\u540F\uF9DF\u5C65\uF9E0\u6613\uF9E1\u674E\uF9E2\u68A8\uF9E3\u6CE5\uF9E4\u7406\uF9E5\u75E2\uF9E6\u7F79\uF9E7\u91CC\uF9E8\u91CC\uF9E9\u91CC\uF9EA\u79BB\uF9EB\u533F\uF9EC\u6EBA\uF9ED\u541D\uF9EE\u71D0\uF9EF\u7498\uF9F0\u853A\uF9F1\u96A3\uF9F2\u9CDE\uF9F3\u9E9F\uF9F4\u6797\uF9F5\u6DCB\uF9F6\u4E34\uF9F7\u7ACB\uF9F8\u7B20\uF9F9\u7C92\uF9FA\u72B6\uF9FB\u7099\uF9FC\u8BC6\uF9FD\u4EC0\uF9FE\u8336\uF9FF\u523A\uFA00\u5207\uFA01\u5EA6\uFA02\u62D3\uFA03\u7CD6\uFA04\u5B85\uFA05\u6D1E\uFA06\u66B4\uFA07\u8F90\uFA08\u884C\uFA09\u964D\uFA0A\u89C1\uFA0B\u5ED3\uFA0C\u5140\uFA0D\u55C0\uFA10\u51A2\uFA12\u6674\uFA15\u51DE\uFA16\u732A\uFA17\u76CA\uFA18\u793C\uFA19\u795E\uFA1A\u7965\uFA1B\u798F\uFA1C\u9756\uFA1D\u7CBE\uFA1E\u7FBD\uFA20\u8612\uFA22\u8BF8\uFA25\u9038\uFA26\u90FD\uFA2A\u996D\uFA2B\u9972\uFA2C\u9986\uFA2D\u9E64\uFA2E\u90DE\uFA2F\u96B7\uFA30\u4FAE\uFA31\u50E7\uFA32\u514D\uFA33\u52C9\uFA34\u52E4\uFA35\u5351\uFA36\u559D\uFA37\u53F9\uFA38\u5668\uFA39\u5840\uFA3A\u58A8\uFA3B\u5C42\uFA3C\u5C6E\uFA3D\u6094\uFA3E\u6168\uFA3F\u618E\uFA40\u60E9\uFA41\u654F\uFA42\u65E2\uFA43\u6691\uFA44\u6885\uFA45\u6D77\uFA46\u6E1A\uFA47\u6C49\uFA48\u716E\uFA49\u722B\uFA4A\u7422\uFA4B\u7891\uFA4C\u793E\uFA4D\u7949\uFA4E\u7948\uFA4F\u7950\uFA50\u7956\uFA51\u795D\uFA52\u7978\uFA53\u796F\uFA54\u8C37\uFA55\u7A81\uFA56\u8282\uFA57\u7EC3\uFA58\u7F19\uFA59\u7E41\uFA5A\u7F72\uFA5B\u8005\uFA5C\u81ED\uFA5D\u8279\uFA5E\u8279\uFA5F\u7740\uFA60\u8910\uFA61\u89C6\uFA62\u8C12\uFA63\u8C28\uFA64\u5BBE\uFA65\u8D60\uFA66\u8FB6\uFA67\u9038\uFA68\u96BE\uFA69\u54CD\uFA6A\u9891\uFA6B\u6075\uFA6D\u9986\uFA70\u5E76\uFA71\u51B5\uFA72\u5168\uFA73\u4F80\uFA74\u5145\uFA75\u5180\uFA76\u52C7\uFA77\u52FA\uFA78\u559D\uFA79\u5555\uFA7A\u5599\uFA7B\u55E2\uFA7C\u51A2\uFA7D\u575F\uFA7E\u5944\uFA7F\u5954\uFA80\u5A62\uFA81\u5B28\uFA82\u5ED2\uFA83\u5ED9\uFA84\u5F69\uFA85\u5FAD\uFA86\u60D8\uFA87\u614E\uFA88\u6108\uFA89\u618E\uFA8A\u6160\uFA8B\u60E9\uFA8C\u6234\uFA8D\u63C4\uFA8E\u641C\uFA8F\u6452\uFA90\u6556\uFA91\u6674\uFA92\u6717\uFA93\u671B\uFA94\u6756\uFA95\u6B79\uFA96\u6740\uFA97\u6D41\uFA98\u6EDB\uFA99\u6ECB\uFA9A\u6C49\uFA9B\u701E\uFA9C\u716E\uFA9D\u77A7\uFA9E\u7235\uFA9F\u72AF\uFAA0\u732A\uFAA1\u7471\uFAA2\u7506\uFAA3\u753B\uFAA4\u761D\uFAA5\u761F\uFAA6\u76CA\uFAA7\u76DB\uFAA8\u76F4\uFAA9\u774A\uFAAA\u7740\uFAAB\u78CC\uFAAC\u7AB1\uFAAD\u8282\uFAAE\u7C7B\uFAAF\u7EE6\uFAB0\u7EC3\uFAB1\u7F3E\uFAB2\u8005\uFAB3\u8352\uFAB4\u534E\uFAB5\u8779\uFAB6\u8941\uFAB7\u8986\uFAB8\u89C6\uFAB9\u8C03\uFABA\u8BF8\uFABB\u8BF7\uFABC\u8C12\uFABD\u8BFA\uFABE\u8C15\uFABF\u8C28\uFAC0\u53D8\uFAC1\u8D60\uFAC2\u8F93\uFAC3\u8FDF\uFAC4\u9199\uFAC5\u94CF\uFAC6\u967C\uFAC7\u96BE\uFAC8\u9756\uFAC9\u97DB\uFACA\u54CD\uFACB\u980B\uFACC\u9891\uFACD\u9B12\uFACE\u9F9F\uFAD2\u3B9D\uFAD3\u4018\uFAD4\u4039\uFAD8\u9F43\uFAD9\u5390\u{2005E}\u{2003E}\u{210D5}\u{20D1B}\u{2114F}\u{20CA5}\u{2144D}\u{2BB7C}\u{2146D}\u{212D7}\u{214FE}\u{212C0}\u{21516}\u{21363}\u{21B89}\u{21B5C}\u{21BA3}\u{21B6C}\u{21CF3}\u{21CC3}\u{228DA}\u{2261D}\u{22DAB}\u{22ADE}\u{22E7F}\u{22B26}\u{237BB}\u{23613}\u{23829}\u{2378E}\u{23832}\u{23476}\u{24063}\u{23EBD}\u{24176}\u{23DF7}\u{244E9}\u{242B0}\u{24CF8}\u{24CC4}\u{2529D}\u{2517F}\u{25303}\u{25158}\u{25565}\u{25430}\u{25585}\u{2542F}\u{255FD}\u{2C497}\u{25E20}\u{25B8B}\u{25F3D}\u{25E65}\u{26627}\u{21CD2}\u{268CE}\u{267D7}\u{277C0}\u{27767}\u{2893B}\u{28930}\u{289C0}\u{2CB4A}\u{28A0F}\u{2CB5B}\u{28B46}\u{2CB76}\u{28B4E}\u{2CB73}\u{29834}\u{29820}\u{2F803}\u{20122}\u{2F80D}\u{2063A}\u{2F812}\u{2051C}\u{2F816}\u{2054B}\u{2F81C}\u{291DF}\u{2F834}\u{20A2C}\u{2F838}\u{20B63}\u{2F859}\u{214E4}\u{2F860}\u{216A8}\u{2F861}\u{216EA}\u{2F86C}\u{219C8}\u{2F871}\u{21B18}\u{2F87B}\u{21DE4}\u{2F87D}\u{21DE6}\u{2F889}\u{22183}\u{2F88F}\u{2A392}\u{2F891}\u{22331}\u{2F892}\u{22331}\u{2F897}\u{232B8}\u{2F898}\u{261DA}\u{2F8A4}\u{226D4}\u{2F8B8}\u{22B0C}\u{2F8BE}\u{22BF1}\u{2F8CA}\u{2300A}\u{2F8DD}\u{233C3}\u{2F8E3}\u{2346D}\u{2F8EC}\u{236A3}\u{2F8F0}\u{238A7}\u{2F8F7}\u{23A8D}\u{2F8F8}\u{21D0B}\u{2F8F9}\u{23AFA}\u{2F8FB}\u{23CBC}\u{2F906}\u{23D1E}\u{2F90D}\u{23ED1}\u{2F910}\u{23F5E}\u{2F911}\u{23F8E}\u{2F912}\u{23E23}\u{2F91B}\u{20525}\u{2F91D}\u{24263}\u{2F91F}\u{243AB}\u{2F923}\u{24608}\u{2F926}\u{24735}\u{2F927}\u{24814}\u{2F935}\u{24C36}\u{2F937}\u{24C92}\u{2F939}\u{2219F}\u{2F93B}\u{24FA1}\u{2F93C}\u{24FB8}\u{2F93D}\u{25044}\u{2F941}\u{250F3}\u{2F942}\u{250F2}\u{2F943}\u{25119}\u{2F944}\u{25133}\u{2F94D}\u{2541D}\u{2F952}\u{25626}\u{2F954}\u{2569A}\u{2F955}\u{256C5}\u{2F95C}\u{2597C}\u{2F95D}\u{25AA7}\u{2F95E}\u{25AA7}\u{2F961}\u{25BAB}\u{2F965}\u{25C80}\u{2F96B}\u{25F86}\u{2F972}\u{26228}\u{2F973}\u{26247}\u{2F975}\u{262D9}\u{2F977}\u{2633E}\u{2F97B}\u{264DA}\u{2F97C}\u{26523}\u{2F97E}\u{265A8}\u{2F980}\u{2335F}\u{2F987}\u{267A7}\u{2F988}\u{267B5}\u{2F989}\u{23393}\u{2F98A}\u{2339C}\u{2F997}\u{26B3C}\u{2F9A4}\u{26C36}\u{2F9A5}\u{26D6B}\u{2F9A6}\u{26CD5}\u{2F9AB}\u{273CA}\u{2F9AD}\u{26F2C}\u{2F9B0}\u{26FB1}\u{2F9B1}\u{270D2}\u{2F9C5}\u{27667}\u{2F9CB}\u{278AE}\u{2F9CC}\u{27966}\u{2F9D3}\u{27CA8}\u{2F9D8}\u{27F2F}\u{2F9D9}\u{20804}\u{2F9DD}\u{208DE}\u{2F9E0}\u{285D2}\u{2F9E1}\u{285ED}\u{2F9E5}\u{2872E}\u{2F9E8}\u{2B4F6}\u{2F9ED}\u{28BFA}\u{2F9F1}\u{28D77}\u{2F9F6}\u{29145}\u{2F9F7}\u{2921A}\u{2F9FB}\u{2940A}\u{2F9FD}\u{29496}\u{2FA01}\u{295B6}\u{2FA09}\u{29B30}\u{2FA0B}\u{2CDA8}\u{2FA10}\u{2A0CE}\u{2FA12}\u{2A105}\u{2FA13}\u{2A20E}\u{2FA14}\u{2A291}\u{2FA1D}\u{2A600}\u{30EDE}\u{30EDD}";

// dist/text/language.js
var SCRIPT = new RegExp("(\\p{Script=Cyrillic})|(\\p{Script=Han})|(\\p{Script=Latin})", "gu");
var HAN_WEIGHT = 3;
var MIN_SHARE = 0.2;
var S_NONE = 1;
var S_CYRILLIC = 2;
var S_HAN = 3;
var S_LATIN = 4;
var ONE = new RegExp("^(?:(\\p{Script=Cyrillic})|(\\p{Script=Han})|(\\p{Script=Latin}))$", "u");
var bmpScript = new Uint8Array(65536);
var astralScript = /* @__PURE__ */ new Map();
function scriptOfChar(ch) {
  const m = ONE.exec(ch);
  return m === null ? S_NONE : m[1] !== void 0 ? S_CYRILLIC : m[2] !== void 0 ? S_HAN : S_LATIN;
}
function detectLanguagesOf(texts) {
  let latin1 = true;
  for (const text of texts) {
    if (NON_LATIN1.test(text)) {
      latin1 = false;
      break;
    }
  }
  if (latin1) {
    for (const text of texts)
      for (let i = 0; i < text.length; i++)
        if (scriptAt(text, i, text.charCodeAt(i)) === S_LATIN)
          return ["en"];
    return [];
  }
  let cyrillic = 0;
  let han = 0;
  let latin = 0;
  for (const text of texts) {
    const n = text.length;
    let sum = 0;
    let left = FLUSH;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let w = PACKED[c];
      if (w < 0) {
        let k = scriptAt(text, i, c);
        if (k === S_PAIR) {
          k = astralScriptOf(text.codePointAt(i));
          i++;
        } else if (c < 55296 || c > 56319)
          PACKED[c] = INCREMENT[k];
        w = INCREMENT[k];
      }
      sum += w;
      if (--left === 0) {
        cyrillic += sum & FIELD;
        han += sum >>> 10 & FIELD;
        latin += sum >>> 20;
        sum = 0;
        left = FLUSH;
      }
    }
    cyrillic += sum & FIELD;
    han += sum >>> 10 & FIELD;
    latin += sum >>> 20;
  }
  return ranked(cyrillic, han * HAN_WEIGHT, latin);
}
var INCREMENT = [0, 0, 1, 1 << 10, 1 << 20];
var PACKED = new Int32Array(65536).fill(-1);
var FIELD = 1023;
var FLUSH = FIELD;
var NON_LATIN1 = /[^\u0000-\u00ff]/;
var S_PAIR = -1;
function scriptAt(text, i, c) {
  if (c >= 55296 && c <= 56319 && i + 1 < text.length && (text.charCodeAt(i + 1) & 64512) === 56320)
    return S_PAIR;
  let k = bmpScript[c];
  if (k === 0) {
    k = c >= 55296 && c <= 57343 ? S_NONE : scriptOfChar(String.fromCharCode(c));
    bmpScript[c] = k;
  }
  return k;
}
function astralScriptOf(cp) {
  let a = astralScript.get(cp);
  if (a === void 0) {
    a = scriptOfChar(String.fromCodePoint(cp));
    astralScript.set(cp, a);
  }
  return a;
}
function ranked(ru, zh, en) {
  const total = ru + zh + en;
  if (total === 0)
    return [];
  const scored = [
    ["ru", ru],
    ["zh", zh],
    ["en", en]
  ];
  scored.sort((a, b) => b[1] - a[1]);
  return scored.filter(([, n], i) => i === 0 || n / total >= MIN_SHARE).map(([l]) => l);
}

// dist/text/normalize.js
var hanSimplified = null;
function readHanTable() {
  const map = /* @__PURE__ */ new Map();
  const chars = Array.from(HAN_SIMPLIFIED_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2)
    map.set(chars[i], chars[i + 1]);
  return map;
}
var traditional = null;
function traditionalChars() {
  if (traditional === null) {
    const bmp = new Uint8Array(65536);
    const astral = /* @__PURE__ */ new Set();
    for (const ch of (hanSimplified ??= readHanTable()).keys()) {
      if (ch.length === 1)
        bmp[ch.charCodeAt(0)] = 1;
      else
        astral.add(ch);
    }
    traditional = { bmp, astral };
  }
  return traditional;
}
function toSimplifiedChar(ch) {
  return (hanSimplified ??= readHanTable()).get(ch) ?? ch;
}
var SPECIAL_CHARS = "\u0451\\uFF01-\\uFF5E\\u3000\\u2018\\u2019\\u02BC\\u2032`\\p{Script=Han}";
var SPECIAL = new RegExp(`[${SPECIAL_CHARS}]`, "gu");
function mapSpecial(ch) {
  const c = ch.charCodeAt(0);
  if (c === 1105)
    return "\u0435";
  if (c >= 65281 && c <= 65374)
    return String.fromCharCode(c - 65248);
  if (c === 12288)
    return " ";
  if (c === 8216 || c === 8217 || c === 700 || c === 8242 || c === 96)
    return "'";
  return toSimplifiedChar(ch);
}
function lowerPreservingLength(text) {
  const lower = text.toLowerCase();
  if (lower.length === text.length)
    return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
var SPECIAL_ONE = new RegExp(`^[${SPECIAL_CHARS}]$`, "u");
var bmpMap = new Int32Array(65536).fill(-1);
var GENERAL = -2;
function mapUnit(c) {
  let m = bmpMap[c];
  if (m === -1) {
    if (c >= 55296 && c <= 57343 || c === 931)
      m = GENERAL;
    else {
      const ch = String.fromCharCode(c);
      const l = ch.toLowerCase();
      const lower = l.length === 1 ? l : ch;
      m = SPECIAL_ONE.test(lower) ? mapSpecial(lower).charCodeAt(0) : lower.charCodeAt(0);
    }
    bmpMap[c] = m;
  }
  return m;
}
var BACKTICK = /`/g;
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function stringOfUnits(units, n) {
  if (!LITTLE_ENDIAN)
    return fromUnits(units, n);
  if (scratchBytes === null || scratchBytes.buffer !== units.buffer)
    scratchBytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  return scratchBytes.toString("utf16le", 0, n * 2);
}
var scratchBytes = null;
var CHUNK = 8192;
function fromUnits(units, n) {
  if (n <= CHUNK)
    return String.fromCharCode.apply(null, units.subarray(0, n));
  let out = "";
  for (let i = 0; i < n; i += CHUNK)
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + CHUNK)));
  return out;
}
var TABLE_CHARS = /[\u2E80-\u2FDF\u3005-\u303B\u3400-\u9FFF\uF900-\uFAFF\uFF01-\uFF5E\uD800-\uDFFF]/;
var SIMPLE = /[\u0451\u3000\u2018\u2019\u02BC\u2032`]/g;
function normalize(text) {
  if (!NON_LATIN1.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes("`") ? lower.replace(BACKTICK, "'") : lower;
  }
  const n = text.length;
  if (scratch.length < n)
    scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const units = scratch;
  let diff = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let m = bmpMap[c];
    if (m < 0) {
      m = m === GENERAL ? GENERAL : mapUnit(c);
      if (m === GENERAL)
        return normalizeGeneral(text);
    }
    units[i] = m;
    diff |= m ^ c;
  }
  return diff === 0 ? text : stringOfUnits(units, n);
}
function normalizeGeneral(text) {
  if (text.includes("\u03A3"))
    return lowerPreservingLength(text).replace(SPECIAL, mapSpecial);
  if (!TABLE_CHARS.test(text)) {
    const lower = text.toLowerCase();
    if (lower.length === text.length)
      return lower.replace(SIMPLE, mapSpecial);
  }
  const n = text.length;
  let units = null;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        const pair = text.slice(i, i + 2);
        const l = pair.toLowerCase();
        const mapped = (l.length === 2 ? l : pair).replace(SPECIAL, mapSpecial);
        if (mapped !== pair) {
          if (units === null)
            units = unitsOf(text, i);
          units[i] = mapped.charCodeAt(0);
          units[i + 1] = mapped.charCodeAt(1);
        } else if (units !== null) {
          units[i] = c;
          units[i + 1] = d;
        }
        i++;
        continue;
      }
    }
    const m = c >= 55296 && c <= 57343 ? c : mapUnit(c);
    if (units !== null)
      units[i] = m;
    else if (m !== c) {
      units = unitsOf(text, i);
      units[i] = m;
    }
  }
  return units === null ? text : fromUnits(units, n);
}
function unitsOf(s, end) {
  if (scratch.length < s.length)
    scratch = new Uint16Array(Math.max(s.length, scratch.length * 2));
  const units = scratch;
  for (let k = 0; k < end; k++)
    units[k] = s.charCodeAt(k);
  return units;
}
var scratch = new Uint16Array(1024);

// dist/pattern/ast.js
var DEFAULT_GAP = 3;
var DEFAULT_SLOT_MAX = 12;
var ANONYMOUS_SLOT = "slot";

// dist/pattern/parse.js
var PatternSyntaxError = class extends Error {
  index;
  constructor(message, index) {
    super(message);
    this.index = index;
  }
};
var HAN2 = new RegExp("\\p{Script=Han}", "u");
var WORD_CHAR = /[\p{L}\p{N}\p{M}'\-]/u;
var IGNORED_PUNCT = /[,.!?;:"\u00ab\u00bb\u201c\u201d\u201e\u3001\uff0c\u3002\uff01\uff1f\uff1b\uff1a\u2026\u2014\u2013]/u;
var Parser = class {
  source;
  i = 0;
  /** Where the last gap ("...") of the pattern starts. */
  lastGapAt = 0;
  s;
  constructor(source) {
    this.source = source;
    this.s = normalize(source);
  }
  parse() {
    this.skipSpace();
    let anchored = false;
    if (this.s[this.i] === "^") {
      anchored = true;
      this.i++;
    }
    const nodes = this.sequence(/* @__PURE__ */ new Set());
    if (this.i < this.s.length)
      throw new PatternSyntaxError(`unexpected "${this.s[this.i]}"`, this.i);
    validateSequence(nodes, 0);
    if (nodes.length === 0)
      throw new PatternSyntaxError("empty pattern", 0);
    if (!canMatchSomething(nodes))
      throw new PatternSyntaxError("pattern has only optional parts and could match nothing", 0);
    if (!startsWithWord(nodes))
      throw new PatternSyntaxError("a pattern must start with a word, not a gap or a slot", 0);
    const last = nodes[nodes.length - 1];
    if (last.kind === "gap")
      throw new PatternSyntaxError("a pattern cannot end with a gap", this.lastGapAt);
    return { source: this.source, anchored, nodes };
  }
  skipSpace() {
    while (this.i < this.s.length && (/\s/u.test(this.s[this.i]) || IGNORED_PUNCT.test(this.s[this.i]))) {
      if (this.s.startsWith("...", this.i) || this.s[this.i] === "\u2026")
        return;
      this.i++;
    }
  }
  sequence(closers) {
    const out = [];
    for (; ; ) {
      this.skipSpace();
      const ch = this.s[this.i];
      if (ch === void 0 || closers.has(ch))
        return out;
      const at = this.i;
      const nodes = this.element();
      const prev = out[out.length - 1]?.kind;
      if (nodes[0]?.kind === "gap") {
        if (prev === "gap")
          throw new PatternSyntaxError('two gaps in a row: write one gap "...N"', at);
        if (prev === "slot")
          throw new PatternSyntaxError("a slot cannot be followed by a gap", at);
        this.lastGapAt = at;
      }
      out.push(...nodes);
    }
  }
  element() {
    const start = this.i;
    const ch = this.s[this.i];
    if (ch === "[") {
      this.i++;
      const options = [];
      for (; ; ) {
        const seq = this.sequence(/* @__PURE__ */ new Set(["]", "|"]));
        if (seq.length === 0)
          throw new PatternSyntaxError(options.length === 0 && this.s[this.i] !== "|" ? 'empty optional group "[]"' : 'empty alternative in "[ | ]"', this.i);
        options.push(seq);
        if (this.s[this.i] === "|") {
          this.i++;
          continue;
        }
        this.expect("]", start, 'unclosed "[": optional words are written [like this] or [this|that]');
        break;
      }
      return [{ kind: "optional", seq: options.length === 1 ? options[0] : [{ kind: "alt", options }] }];
    }
    if (ch === "(") {
      this.i++;
      const options = [];
      for (; ; ) {
        const seq = this.sequence(/* @__PURE__ */ new Set(["|", ")"]));
        if (seq.length === 0)
          throw new PatternSyntaxError('empty alternative in "( | )"', this.i);
        options.push(seq);
        if (this.s[this.i] === "|") {
          this.i++;
          continue;
        }
        this.expect(")", start, 'unclosed "(": alternatives are written (one|two words)');
        break;
      }
      return [{ kind: "alt", options }];
    }
    if (ch === "$") {
      const m = /^\$\{([a-z_][a-z0-9_]*)\}/u.exec(this.s.slice(this.i));
      if (!m)
        throw new PatternSyntaxError("a variable is written ${name} (letters, digits, _)", start);
      this.i += m[0].length;
      return [{ kind: "var", name: m[1] }];
    }
    if (ch === "{") {
      const m = /^\{\s*(?:\u2026|\.\.\.|([\p{L}_][\p{L}\p{N}_]*))\s*(?::\s*(\d+))?\s*\}/u.exec(this.s.slice(this.i));
      if (!m)
        throw new PatternSyntaxError("a slot is written {\u2026} or {name} (optionally {name:N} for at most N words)", start);
      this.i += m[0].length;
      const max = m[2] !== void 0 ? Number(m[2]) : DEFAULT_SLOT_MAX;
      if (max < 1)
        throw new PatternSyntaxError("a slot must allow at least one word", start);
      return [{ kind: "slot", name: m[1] ?? ANONYMOUS_SLOT, max }];
    }
    if (this.s.startsWith("...", this.i) || ch === "\u2026") {
      this.i += ch === "\u2026" ? 1 : 3;
      const m = /^\d+/u.exec(this.s.slice(this.i));
      let max = DEFAULT_GAP;
      if (m) {
        max = Number(m[0]);
        this.i += m[0].length;
      }
      if (max < 1)
        throw new PatternSyntaxError("a gap must allow at least one word", start);
      return [{ kind: "gap", max }];
    }
    if (ch === "]" || ch === ")" || ch === "|" || ch === "}")
      throw new PatternSyntaxError(`unmatched "${ch}"`, start);
    if (ch === "^")
      throw new PatternSyntaxError('"^" (start of sentence) is only allowed at the start of a pattern', start);
    let mode = null;
    if (ch === "=") {
      mode = "exact";
      this.i++;
    }
    if (HAN2.test(this.s[this.i] ?? "")) {
      const words2 = [];
      while (this.i < this.s.length && HAN2.test(this.s[this.i])) {
        words2.push({ kind: "word", mode: "exact", text: this.s[this.i] });
        this.i++;
      }
      return words2;
    }
    const wordStart = this.i;
    while (this.i < this.s.length && WORD_CHAR.test(this.s[this.i]) && !HAN2.test(this.s[this.i]))
      this.i++;
    if (this.i === wordStart)
      throw new PatternSyntaxError(`unexpected "${this.s[this.i] ?? ""}"`, this.i);
    const text = this.s.slice(wordStart, this.i).replace(/'/g, "").replace(/^-+|-+$/g, "");
    if (text === "")
      throw new PatternSyntaxError("a word needs letters or digits", wordStart);
    if (this.s[this.i] === "*") {
      if (mode === "exact")
        throw new PatternSyntaxError('"=" (exact) and "*" (prefix) cannot be combined', start);
      this.i++;
      mode = "prefix";
    }
    if (mode === null)
      mode = [...text].length >= MORPH_MIN_LENGTH ? "morph" : "exact";
    return [{ kind: "word", mode, text }];
  }
  expect(ch, openedAt, message) {
    if (this.s[this.i] !== ch)
      throw new PatternSyntaxError(message, openedAt);
    this.i++;
  }
};
function validateSequence(nodes, depth) {
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k];
    const next = nodes[k + 1];
    if (n.kind === "gap" && next?.kind === "gap")
      throw new PatternSyntaxError('two gaps in a row: write one gap "...N"', 0);
    if (n.kind === "slot" && next?.kind === "gap")
      throw new PatternSyntaxError("a slot cannot be followed by a gap", 0);
    if (n.kind === "optional")
      validateSequence(n.seq, depth + 1);
    if (n.kind === "alt")
      for (const o of n.options)
        validateSequence(o, depth + 1);
  }
}
function startsWithWord(nodes) {
  const [first, ...rest] = nodes;
  if (first === void 0)
    return false;
  switch (first.kind) {
    case "word":
    case "var":
      return true;
    case "alt":
      return first.options.every(startsWithWord);
    case "optional":
      return startsWithWord(first.seq) && startsWithWord(rest);
    default:
      return false;
  }
}
function canMatchSomething(nodes) {
  return nodes.some((n) => n.kind !== "optional" && (n.kind !== "alt" || n.options.every(canMatchSomething)));
}
function parsePattern(source) {
  return new Parser(source).parse();
}
function slotNames(nodes, out = /* @__PURE__ */ new Set()) {
  for (const n of nodes) {
    if (n.kind === "slot")
      out.add(n.name);
    else if (n.kind === "optional")
      slotNames(n.seq, out);
    else if (n.kind === "alt")
      for (const o of n.options)
        slotNames(o, out);
  }
  return out;
}

// dist/pattern/operators.js
var import_yaml3 = __toESM(require_dist(), 1);
var DEFAULT_OPERATOR_WORDS = 3;
var OPERATOR_KEYS = ["near", "pattern", "allOf", "anyOf"];
function isOperatorNode(node) {
  return (0, import_yaml3.isMap)(node) && node.items.some((p) => (0, import_yaml3.isScalar)(p.key) && OPERATOR_KEYS.includes(String(p.key.value)));
}
function readOperatorPattern(parent, node, lang, readLeaf) {
  if (!(0, import_yaml3.isMap)(node))
    return null;
  const key = OPERATOR_KEYS.find((k) => node.has(k));
  const where = `a "${key}" pattern of ${parent.where}`;
  const allowed = {
    near: ["near", "words", "ordered", "acrossTurns"],
    pattern: ["pattern", "notFollowedBy", "notPrecededBy", "words"],
    allOf: ["allOf"],
    anyOf: ["anyOf"]
  };
  const r = new MapReader(parent.y, node, where, allowed[key] ?? []);
  const operand = (k) => {
    const v = r.value(k);
    if (v === void 0 || v === null) {
      parent.y.error(v ?? r.keyNode(k) ?? node, `${where}: "${k}" needs a phrase, a list of phrases or an operator`);
      return null;
    }
    const items = (0, import_yaml3.isSeq)(v) ? v.items : [v];
    if (items.length === 0) {
      parent.y.error(v, `${where}: "${k}" must not be empty`);
      return null;
    }
    const out = [];
    for (const item of items) {
      const def = isOperatorNode(item) ? readOperatorPattern(r, item, lang, readLeaf) : readLeaf(item);
      if (def)
        out.push(def);
    }
    return out.length === items.length ? out : null;
  };
  const source = String(parent.y.text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)).trim();
  if (key === "near") {
    const v = r.value("near");
    if (!(0, import_yaml3.isSeq)(v) || v.items.length !== 2) {
      parent.y.error(v ?? node, `${where}: "near" takes exactly two operands, [A, B], found ${describe(v)}`);
      return null;
    }
    const parts2 = v.items.map((item) => {
      if ((0, import_yaml3.isSeq)(item)) {
        const list2 = [];
        for (const x of item.items) {
          const d2 = isOperatorNode(x) ? readOperatorPattern(r, x, lang, readLeaf) : readLeaf(x);
          if (d2)
            list2.push(d2);
        }
        return list2.length === item.items.length && list2.length > 0 ? list2 : null;
      }
      const d = isOperatorNode(item) ? readOperatorPattern(r, item, lang, readLeaf) : readLeaf(item);
      return d ? [d] : null;
    });
    const words2 = r.integer("words", { min: 0 }) ?? DEFAULT_OPERATOR_WORDS;
    const ordered = r.bool("ordered", false);
    const acrossTurns = r.bool("acrossTurns", false);
    if (!parts2[0] || !parts2[1])
      return null;
    return { lang, source, operator: { op: "near", parts: [parts2[0], parts2[1]], words: words2, ordered, acrossTurns } };
  }
  if (key === "pattern") {
    const follows = r.has("notFollowedBy");
    const precedes = r.has("notPrecededBy");
    if (follows === precedes) {
      parent.y.error(node, `${where}: give exactly one of "notFollowedBy" or "notPrecededBy" with "pattern"`);
      return null;
    }
    const base = operand("pattern");
    const other = operand(follows ? "notFollowedBy" : "notPrecededBy");
    const words2 = r.integer("words", { min: 0 }) ?? DEFAULT_OPERATOR_WORDS;
    if (!base || !other)
      return null;
    return { lang, source, operator: { op: follows ? "notFollowedBy" : "notPrecededBy", base, other, words: words2 } };
  }
  const list = r.value(key);
  if (!(0, import_yaml3.isSeq)(list) || list.items.length === 0) {
    parent.y.error(list ?? node, `${where}: "${key}" takes a non-empty list of operands, found ${describe(list)}`);
    return null;
  }
  const parts = [];
  for (const item of list.items) {
    const d = isOperatorNode(item) ? readOperatorPattern(r, item, lang, readLeaf) : (0, import_yaml3.isSeq)(item) ? null : readLeaf(item);
    if ((0, import_yaml3.isSeq)(item)) {
      parent.y.error(item, `${where}: write a nested list as {anyOf: [...]}`);
      return null;
    }
    if (!d)
      return null;
    parts.push([d]);
  }
  return { lang, source, operator: { op: key, parts } };
}
function compileOperator(pattern2, target, lang, addGroup, source = "") {
  let lists;
  switch (pattern2.op) {
    case "near":
      lists = pattern2.parts;
      break;
    case "notFollowedBy":
    case "notPrecededBy":
      lists = [pattern2.base, pattern2.other];
      break;
    default:
      lists = pattern2.parts;
  }
  return { pattern: pattern2, target, lang, source, groups: lists.map(addGroup) };
}
function firstTokenAt(turn, offset) {
  const starts = turn.text.tokens.start;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (starts[mid] < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
function tokensBefore(turn, offset) {
  const ends = turn.text.tokens.end;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ends[mid] <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
function wordsBetween(turn, end, start) {
  const from = tokensBefore(turn, end);
  const to = firstTokenAt(turn, start);
  const flags = turn.text.tokens.flags;
  for (let k = from; k <= to && k < flags.length; k++)
    if ((flags[k] & SENTENCE_START) !== 0)
      return Infinity;
  return Math.max(0, to - from);
}
function merged(a, b, group, lang, pattern2) {
  return { group, lang, pattern: pattern2, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), slots: { ...b.slots, ...a.slots } };
}
function applyOperators(operators, turns, languages) {
  for (const op of operators) {
    if (op.lang !== null && !languages.has(op.lang))
      continue;
    const p = op.pattern;
    const out = (turn, m) => {
      let list = turn.groups[op.target];
      if (list === void 0) {
        turn.groups[op.target] = list = [];
        turn.hits.push(op.target);
      }
      list.push(m);
    };
    const at = (turn, k) => turn.groups[op.groups[k]] ?? [];
    turns.forEach((turn, ti) => {
      switch (p.op) {
        case "anyOf":
          for (let k = 0; k < op.groups.length; k++)
            for (const m of at(turn, k))
              out(turn, { ...m, group: op.target });
          break;
        case "allOf": {
          const firsts = op.groups.map((_, k) => [...at(turn, k)].sort((a, b) => a.start - b.start)[0]);
          if (firsts.some((m) => m === void 0))
            break;
          out(turn, firsts.reduce((acc, m) => merged(acc, m, op.target, op.lang, op.source)));
          break;
        }
        case "notFollowedBy":
        case "notPrecededBy": {
          const others = at(turn, 1);
          for (const m of at(turn, 0)) {
            const blocked = others.some((o) => p.op === "notFollowedBy" ? o.start >= m.end && wordsBetween(turn, m.end, o.start) <= p.words : o.end <= m.start && wordsBetween(turn, o.end, m.start) <= p.words);
            if (!blocked)
              out(turn, { ...m, group: op.target, pattern: op.source || m.pattern });
          }
          break;
        }
        case "near": {
          for (const a of at(turn, 0)) {
            let found2 = null;
            let bestRank = Infinity;
            for (const b of at(turn, 1)) {
              if (b.start < a.end && a.start < b.end)
                continue;
              if (p.ordered && b.start < a.end)
                continue;
              const after = b.start >= a.end;
              const d = after ? wordsBetween(turn, a.end, b.start) : wordsBetween(turn, b.end, a.start);
              const rank = d * 2 + (after ? 0 : 1);
              if (d <= p.words && rank < bestRank) {
                found2 = b;
                bestRank = rank;
              }
            }
            if (found2)
              out(turn, merged(a, found2, op.target, op.lang, op.source));
            else if (p.acrossTurns && nearAcross(turns, ti, a, op, p.words, p.ordered))
              out(turn, { ...a, group: op.target, pattern: op.source || a.pattern });
          }
          break;
        }
      }
    });
  }
}
function nearAcross(turns, ti, a, op, words2, ordered) {
  const turn = turns[ti];
  const n = turn.text.tokens.text.length;
  let used = n - tokensBefore(turn, a.end);
  for (let j = ti + 1; j < turns.length && used <= words2; j++) {
    const t = turns[j];
    for (const b of t.groups[op.groups[1]] ?? [])
      if (used + firstTokenAt(t, b.start) <= words2)
        return true;
    used += t.text.tokens.text.length;
  }
  if (ordered)
    return false;
  used = firstTokenAt(turn, a.start);
  for (let j = ti - 1; j >= 0 && used <= words2; j--) {
    const t = turns[j];
    const len = t.text.tokens.text.length;
    for (const b of t.groups[op.groups[1]] ?? [])
      if (used + (len - tokensBefore(t, b.end)) <= words2)
        return true;
    used += len;
  }
  return false;
}

// dist/types.js
var LANGUAGES = ["ru", "zh", "en"];

// dist/package-root.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8"));
      if (pkg.name === "talklint")
        return { root: dir, version: pkg.version ?? "0.0.0" };
    }
    if (dirname(dir) === dir)
      throw new Error(`talklint: no package.json of talklint above ${from}`);
  }
}
var found = findRoot(dirname(fileURLToPath(import.meta.url)));
var PACKAGE_ROOT = found.root;
var PACKAGE_VERSION = found.version;

// dist/packs/load.js
var PACK_KEYS = ["pack", "description", "languages", "fillers", "rules"];
var COMMON_RULE_KEYS = [
  "id",
  "type",
  "severity",
  "message",
  "rationale",
  "link",
  "source",
  "speaker",
  "patterns",
  "exceptions",
  "suggestions",
  "examples",
  "within"
];
var SEVERITIES = ["error", "warning", "info"];
var SCOPES = ["agent", "customer", "any"];
var PACK_ID = /^[a-z0-9][a-z0-9_-]*$/;
var RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9-]*$/;
var BUILTIN_PACK_DIR = join2(PACKAGE_ROOT, "rules");
var BUILTIN_PACKS = ["ru", "zh", "en"];
function resolvePackRef(ref, baseDir) {
  if (BUILTIN_PACKS.includes(ref))
    return { path: join2(BUILTIN_PACK_DIR, `${ref}.yaml`), builtin: true };
  const path = isAbsolute3(ref) ? ref : resolve3(baseDir, ref);
  return existsSync2(path) ? { path, builtin: false } : null;
}
function loadPackFile(path, opts = {}) {
  const display = opts.displayPath ?? path;
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (e) {
    return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read pack: ${e.message}` }] };
  }
  return parsePack(text, display, opts.builtin ?? false);
}
function loadPacks(refs, baseDir = process.cwd()) {
  const errors = [];
  const packs = [];
  for (const ref of refs) {
    const resolved = resolvePackRef(ref, baseDir);
    if (!resolved) {
      errors.push({ file: ref, line: 0, column: 0, message: `no such pack: "${ref}" is neither a shipped pack (${BUILTIN_PACKS.join(", ")}) nor a file` });
      continue;
    }
    const r = loadPackFile(resolved.path, { builtin: resolved.builtin, displayPath: resolved.builtin ? `rules/${ref}.yaml` : ref });
    if (r.ok)
      packs.push(r.pack);
    else
      errors.push(...r.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, packs };
}
function parsePack(text, file, builtin = false) {
  const y = new YamlFile(file, text);
  if (y.errors.length > 0)
    return { ok: false, errors: y.errors };
  const pack = readPack(y, builtin);
  if (y.errors.length > 0 || !pack)
    return { ok: false, errors: y.errors.length > 0 ? y.errors : [{ file, line: 1, column: 1, message: "empty pack" }] };
  return { ok: true, pack };
}
function readPack(y, builtin) {
  const r = asMap(y, y.root, "the pack", PACK_KEYS);
  if (!r)
    return null;
  const id = r.string("pack", { required: true, pattern: PACK_ID, patternHint: 'lower-case letters, digits, "-" and "_"' }) ?? "?";
  const languages = readLanguages(r);
  const fillers = {};
  const fillerMap = r.map("fillers");
  if (fillerMap) {
    const fr = new MapReader(y, fillerMap, `"fillers" of pack "${id}"`, LANGUAGES);
    for (const lang of fr.keys())
      fillers[lang] = (fr.stringList(lang) ?? []).map((s) => s.value);
  }
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const node of r.list("rules", { required: true, nonEmpty: true }) ?? []) {
    const rule = readRule(y, node, id);
    if (!rule)
      continue;
    const prev = seen.get(rule.id);
    if (prev !== void 0) {
      y.error(node, `duplicate rule id "${rule.id}" (first defined on line ${prev}); to change a shipped rule, define it in your own pack`);
      continue;
    }
    seen.set(rule.id, rule.line);
    rules.push(rule);
  }
  const description = r.string("description");
  return { id, ...description !== void 0 ? { description } : {}, languages, fillers, rules, file: y.file, builtin };
}
function readLanguages(r) {
  const items = r.stringList("languages") ?? [];
  const out = [];
  for (const { value, node } of items) {
    if (LANGUAGES.includes(value))
      out.push(value);
    else
      r.y.error(node, `unknown language "${value}"; talklint knows ${LANGUAGES.join(", ")}`);
  }
  return out;
}
function readRule(y, node, packId) {
  if (!(0, import_yaml4.isMap)(node)) {
    y.error(node, `each rule must be a mapping with id, type, severity, message\u2026, found ${describe(node)}`);
    return null;
  }
  const idNode = node.get("id", true);
  const rawId = (0, import_yaml4.isScalar)(idNode) && typeof idNode.value === "string" ? idNode.value : void 0;
  const typeNode = node.get("type", true);
  const rawType = (0, import_yaml4.isScalar)(typeNode) && typeof typeNode.value === "string" ? typeNode.value : void 0;
  const kind = rawType !== void 0 ? RULE_KINDS.get(rawType) : void 0;
  const where = rawId ? `rule "${rawId}"` : "a rule";
  const r = new MapReader(y, node, where, [...COMMON_RULE_KEYS, ...kind?.optionKeys ?? allOptionKeys()]);
  const id = r.string("id", { required: true, pattern: RULE_ID, patternHint: 'written "<pack>/<name>", lower-case, e.g. acme/no-slang' });
  if (id !== void 0 && !id.startsWith(`${packId}/`)) {
    r.y.error(r.value("id"), `rule id "${id}" must start with its pack id: "${packId}/\u2026"`);
  }
  const type = r.oneOf("type", [...RULE_KINDS.keys()]);
  const severity = r.oneOf("severity", SEVERITIES);
  const message = r.string("message", { required: true });
  const speaker = r.oneOf("speaker", SCOPES, "agent") ?? "agent";
  const patterns = readPatternSet(r, "patterns", kind?.needsPatterns ?? true);
  const exceptions = readPatternSet(r, "exceptions", false);
  const suggestions = readSuggestions(r);
  const examples = readExamples(r);
  const options = kind ? kind.readOptions(r) : {};
  const within = kind?.optionKeys.includes("within") ? options.within : readWindow(r);
  if (message !== void 0 && kind)
    checkPlaceholders(r, message, kind.placeholders, patterns);
  if (!id || !kind || !severity || message === void 0)
    return null;
  const optional = (key) => {
    const v = r.string(key);
    return v !== void 0 ? { [key]: v } : {};
  };
  return {
    id,
    type: type ?? kind.type,
    severity,
    message,
    ...optional("rationale"),
    ...optional("link"),
    ...optional("source"),
    speaker,
    patterns,
    exceptions,
    suggestions,
    examples,
    options,
    ...within ? { within } : {},
    pack: packId,
    file: y.file,
    line: y.position(node.range?.[0] ?? 0).line
  };
}
function allOptionKeys() {
  return [...new Set([...RULE_KINDS.values()].flatMap((k) => k.optionKeys))];
}
function readPatternSet(r, key, required2) {
  const node = r.value(key);
  if (node === void 0) {
    if (required2)
      r.y.error(r.node, `${r.where}: missing "${key}" (phrases per language, e.g. ru: ["\u043D\u0435 \u0437\u043D\u0430\u044E"])`);
    return [];
  }
  const out = [];
  if ((0, import_yaml4.isSeq)(node)) {
    if (node.items.length === 0)
      r.y.error(node, `"${key}" in ${r.where} must not be empty`);
    for (const item of node.items)
      readPattern(r, item, null, key, out);
    return out;
  }
  if (!(0, import_yaml4.isMap)(node)) {
    r.y.error(node ?? r.keyNode(key), `"${key}" in ${r.where} must map languages to lists of phrases (ru: [...], zh: [...]), found ${describe(node)}`);
    return out;
  }
  const langs = new MapReader(r.y, node, `"${key}" of ${r.where}`, LANGUAGES);
  for (const lang of langs.keys()) {
    const items = langs.list(lang, { nonEmpty: true });
    for (const item of items ?? [])
      readPattern(r, item, lang, key, out);
  }
  if (out.length === 0 && langs.keys().length === 0)
    r.y.error(node, `"${key}" in ${r.where} has no phrases`);
  return out;
}
function readPattern(r, item, lang, key, out) {
  if ((0, import_yaml4.isScalar)(item) && (typeof item.value === "string" || typeof item.value === "number")) {
    const source = String(item.value);
    try {
      out.push({ lang, source, parsed: parsePattern(source) });
    } catch (e) {
      if (!(e instanceof PatternSyntaxError))
        throw e;
      r.y.errorAt(scalarOffset(item, e.index), `invalid pattern "${source}" in ${r.where}: ${e.message}`);
    }
    return;
  }
  if (isOperatorNode(item)) {
    const def = readOperatorPattern(r, item, lang, (leaf) => {
      const one = [];
      readPattern(r, leaf, lang, key, one);
      return one[0] ?? null;
    });
    if (def)
      out.push(def);
    return;
  }
  if ((0, import_yaml4.isMap)(item)) {
    const m = new MapReader(r.y, item, `a pattern of ${r.where}`, ["regex"]);
    const source = m.string("regex", { required: true });
    if (source === void 0)
      return;
    try {
      const named = /\(\?<[^=!]/.test(source);
      out.push({ lang, source, regex: new RegExp(source, named ? "giud" : "giu") });
    } catch (e) {
      r.y.error(m.value("regex"), `invalid regular expression in ${r.where}: ${e.message}`);
    }
    return;
  }
  r.y.error(item, `items of "${key}" in ${r.where} must be phrases, {regex: "\u2026"} or operators ({near: \u2026}, {allOf: \u2026}, \u2026), found ${describe(item)}`);
}
function readSuggestions(r) {
  const out = [];
  for (const item of r.list("suggestions") ?? []) {
    if ((0, import_yaml4.isScalar)(item) && typeof item.value === "string") {
      out.push({ text: item.value, fixable: false });
      continue;
    }
    if (!(0, import_yaml4.isMap)(item)) {
      r.y.error(item, `each suggestion of ${r.where} must be a text or {text, fixable}, found ${describe(item)}`);
      continue;
    }
    const s = new MapReader(r.y, item, `a suggestion of ${r.where}`, ["text", "fixable", "replace"]);
    const text = s.string("text");
    const fixable = s.bool("fixable", false);
    const replaceNode = s.map("replace");
    let replace;
    if (replaceNode) {
      replace = {};
      for (const pair of replaceNode.items) {
        const k = pair.key;
        const v = pair.value;
        if ((0, import_yaml4.isScalar)(k) && (0, import_yaml4.isScalar)(v) && typeof v.value === "string")
          replace[String(k.value).toLowerCase().replace(/\u0451/g, "\u0435")] = v.value;
        else
          r.y.error(k, `"replace" of ${r.where} maps matched text to a replacement text`);
      }
    }
    if (text === void 0 && replace === void 0) {
      r.y.error(item, `a suggestion of ${r.where} needs "text" or "replace"`);
      continue;
    }
    if (text !== void 0 && replace !== void 0)
      r.y.error(item, `a suggestion of ${r.where} takes "text" or "replace", not both`);
    out.push({ ...text !== void 0 ? { text } : {}, ...replace ? { replace } : {}, fixable });
  }
  return out;
}
function readExamples(r) {
  const result = { flag: [], pass: [] };
  const node = r.map("examples");
  if (!node)
    return result;
  const ex = new MapReader(r.y, node, `"examples" of ${r.where}`, ["flag", "pass"]);
  for (const which of ["flag", "pass"]) {
    for (const item of ex.list(which) ?? []) {
      const line = r.y.position(item.range?.[0] ?? 0).line;
      if ((0, import_yaml4.isScalar)(item) && typeof item.value === "string") {
        result[which].push({ text: item.value, line });
        continue;
      }
      const e = (0, import_yaml4.isMap)(item) ? new MapReader(r.y, item, `an example of ${r.where}`, ["text", "match", "suggestion", "variables", "lang"]) : null;
      if (!e) {
        r.y.error(item, `each example of ${r.where} must be a text or {text, match, \u2026}, found ${describe(item)}`);
        continue;
      }
      const text = e.string("text", { required: true });
      if (text === void 0)
        continue;
      const def = { text, line };
      const match = e.string("match");
      if (match !== void 0)
        def.match = match;
      const suggestion = e.string("suggestion");
      if (suggestion !== void 0)
        def.suggestion = suggestion;
      const lang = e.oneOf("lang", LANGUAGES, "ru");
      if (e.has("lang") && lang)
        def.lang = lang;
      const vars = e.map("variables");
      if (vars) {
        def.variables = {};
        const vr = new MapReader(r.y, vars, `"variables" of an example of ${r.where}`, vars.items.map((p) => String(p.key.value)));
        for (const k of vr.keys())
          def.variables[k] = (vr.stringList(k) ?? []).map((s) => s.value);
      }
      result[which].push(def);
    }
  }
  return result;
}
function checkPlaceholders(r, message, extra, patterns) {
  const known2 = /* @__PURE__ */ new Set(["match", "suggestion", ...extra]);
  for (const p of patterns)
    if (p.parsed)
      for (const s of slotNames(p.parsed.nodes))
        known2.add(s);
  for (const m of message.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!known2.has(m[1])) {
      const node = r.value("message");
      r.y.errorAt(scalarOffset(node, m.index ?? 0), `unknown placeholder {{${m[1]}}} in the message of ${r.where}; known: ${[...known2].map((k) => `{{${k}}}`).join(", ")}`);
    }
  }
}

// dist/rules/sequence.js
var SEQUENCE_PROBLEMS = ["missing", "notFirst", "notLast", "early", "late", "repeated"];
var PLACEHOLDERS = ["stage", "other", "problem"];
var PROBLEM_TEXT = {
  missing: (s) => `stage "${s}" is missing`,
  notFirst: (s, o) => `stage "${s}" must come first, but "${o}" comes before it`,
  notLast: (s, o) => `stage "${s}" must come last, but "${o}" comes after it`,
  early: (s, o) => `stage "${s}" comes before "${o}", which should precede it`,
  late: (s, o) => `stage "${s}" comes after "${o}", which should follow it`,
  repeated: (s, o) => `stage "${s}" comes back after "${o}" has begun`
};
var sequence = {
  type: "sequence",
  description: "Reports stages of the call that are missing, out of order, not first/last as required, or repeated.",
  optionKeys: ["stages", "messages"],
  placeholders: PLACEHOLDERS,
  needsPatterns: false,
  readOptions(r) {
    const stages = [];
    const names = /* @__PURE__ */ new Set();
    for (const node of r.list("stages", { required: true, nonEmpty: true }) ?? []) {
      const stage = readStage(r, node);
      if (!stage)
        continue;
      if (names.has(stage.name))
        r.y.error(node, `duplicate stage name "${stage.name}" in ${r.where}`);
      names.add(stage.name);
      stages.push(stage);
    }
    if (stages.filter((s) => s.position === "first").length > 1)
      r.y.error(r.value("stages"), `only one stage of ${r.where} can be "position: first"`);
    if (stages.filter((s) => s.position === "last").length > 1)
      r.y.error(r.value("stages"), `only one stage of ${r.where} can be "position: last"`);
    const messages = {};
    const m = r.map("messages");
    if (m) {
      const mr = new MapReader(r.y, m, `"messages" of ${r.where}`, SEQUENCE_PROBLEMS);
      for (const key of mr.keys()) {
        const text = mr.string(key);
        if (text === void 0)
          continue;
        checkMessage(mr, key, text, PLACEHOLDERS);
        messages[key] = text;
      }
    }
    if (r.has("patterns"))
      r.y.error(r.keyNode("patterns"), `${r.where}: a sequence rule's phrases go in its stages ("stages: [{name, patterns}]"), not in "patterns"`);
    return { stages, messages };
  },
  patternSets: (options) => options.stages.map((s) => s.patterns),
  patternSetScopes: (options, speaker) => options.stages.map((s) => s.speaker ?? speaker),
  check(rule, call) {
    const stages = rule.def.options.stages;
    const found2 = [];
    stages.forEach((stage, i) => {
      const group = rule.extraGroups?.[i];
      if (group === void 0)
        return;
      for (const turn of call.turnsWith(group, stage.speaker ?? rule.def.speaker, rule.def.within)) {
        for (const match of call.setMatches(rule, i, turn))
          found2.push({ stage: i, turn, match, pos: turn.turn.index * 1e7 + match.start });
      }
    });
    found2.sort((a, b) => a.pos - b.pos || b.match.end - b.match.start - (a.match.end - a.match.start) || a.stage - b.stage);
    const occ = stages.map(() => []);
    let claimedTurn = -1;
    let claimedEnd = -1;
    for (const o of found2) {
      if (o.turn.turn.index === claimedTurn && o.match.start < claimedEnd)
        continue;
      if (o.turn.turn.index !== claimedTurn)
        claimedEnd = -1;
      claimedTurn = o.turn.turn.index;
      claimedEnd = Math.max(claimedEnd, o.match.end);
      occ[o.stage].push(o);
    }
    const first = (i) => occ[i][0];
    const last = (i) => occ[i][occ[i].length - 1];
    const present = stages.map((_, i) => occ[i].length > 0);
    const flagged = /* @__PURE__ */ new Set();
    const report = (i, problem, at, other = "") => {
      flagged.add(i);
      const data = { stage: stages[i].name, other, problem: PROBLEM_TEXT[problem](stages[i].name, other) };
      const custom = rule.def.options.messages[problem];
      const target = custom !== void 0 ? { ...rule, def: { ...rule.def, message: custom } } : rule;
      if (at && "match" in at)
        call.reportMatch(target, at.turn, at.match, data);
      else
        call.reportCall(target, at, data);
    };
    stages.forEach((stage, i) => {
      if (present[i] || stage.optional)
        return;
      let at = null;
      const own = call.speakerTurns(stage.speaker ?? rule.def.speaker);
      if (stage.position === "first")
        at = own[0] ?? call.turns[0] ?? null;
      else if (stage.position === "last")
        at = own[own.length - 1] ?? call.turns[call.turns.length - 1] ?? null;
      else {
        const next = stages.findIndex((_, j) => j > i && present[j]);
        at = next !== -1 ? first(next).turn : call.turns[call.turns.length - 1] ?? null;
      }
      report(i, "missing", at);
    });
    stages.forEach((stage, i) => {
      if (!present[i] || !stage.position)
        return;
      if (stage.position === "first") {
        const mine = first(i).pos;
        let before = -1;
        stages.forEach((_, j) => {
          if (j !== i && present[j] && first(j).pos < mine && (before === -1 || first(j).pos < first(before).pos))
            before = j;
        });
        if (before !== -1)
          report(i, "notFirst", first(i), stages[before].name);
      } else {
        const mine = last(i).pos;
        let after = -1;
        stages.forEach((_, j) => {
          if (j !== i && present[j] && last(j).pos > mine && (after === -1 || last(j).pos > last(after).pos))
            after = j;
        });
        if (after !== -1)
          report(i, "notLast", last(i), stages[after].name);
      }
    });
    const candidates = stages.map((_, i) => i).filter((i) => present[i] && !flagged.has(i));
    const keep = longestOrderedRun(candidates.map((i) => first(i).pos));
    const kept = new Set(keep.map((k) => candidates[k]));
    for (const i of candidates) {
      if (kept.has(i))
        continue;
      const p = first(i).pos;
      const shouldPrecede = [...kept].filter((j) => j < i && first(j).pos > p).sort((a, b) => a - b)[0];
      if (shouldPrecede !== void 0)
        report(i, "early", first(i), stages[shouldPrecede].name);
      else {
        const shouldFollow = [...kept].filter((j) => j > i && first(j).pos < p).sort((a, b) => b - a)[0];
        report(i, "late", first(i), shouldFollow !== void 0 ? stages[shouldFollow].name : "");
      }
    }
    stages.forEach((stage, i) => {
      if (stage.repeat || !present[i] || flagged.has(i))
        return;
      let laterStart = Infinity;
      let laterStage = -1;
      stages.forEach((_, j) => {
        if (j > i && present[j] && !flagged.has(j) && first(j).pos < laterStart) {
          laterStart = first(j).pos;
          laterStage = j;
        }
      });
      const again = occ[i].find((o) => o.pos > laterStart);
      if (again)
        report(i, "repeated", again, stages[laterStage].name);
    });
  }
};
function longestOrderedRun(values) {
  const n = values.length;
  if (n === 0)
    return [];
  const best = new Array(n).fill(1);
  const next = new Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if (values[j] >= values[i] && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        next[i] = j;
      }
    }
  }
  let start = 0;
  for (let i = 1; i < n; i++)
    if (best[i] > best[start])
      start = i;
  const out = [];
  for (let i = start; i !== -1; i = next[i])
    out.push(i);
  return out;
}
function readStage(r, node) {
  const nameNode = (0, import_yaml5.isMap)(node) ? node.get("name", true) : void 0;
  const label = (0, import_yaml5.isScalar)(nameNode) ? `stage "${String(nameNode.value)}" of ${r.where}` : `a stage of ${r.where}`;
  if (!(0, import_yaml5.isMap)(node)) {
    r.y.error(node, `each stage of ${r.where} must be a mapping {name, patterns, \u2026}, found ${describe(node)}`);
    return null;
  }
  const s = new MapReader(r.y, node, label, ["name", "patterns", "speaker", "optional", "repeat", "position"]);
  const name = s.string("name", { required: true });
  const patterns = readPatternSet(s, "patterns", true);
  const speaker = s.has("speaker") ? s.oneOf("speaker", ["agent", "customer", "any"]) : void 0;
  const optional = s.bool("optional", false);
  const repeat = s.bool("repeat", false);
  const position = s.has("position") ? s.oneOf("position", ["first", "last"]) : void 0;
  if (name === void 0)
    return null;
  return { name, patterns, ...speaker ? { speaker } : {}, optional, repeat, ...position ? { position } : {} };
}
function checkMessage(r, key, text, known2) {
  const all = /* @__PURE__ */ new Set(["match", "suggestion", ...known2]);
  for (const m of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!all.has(m[1])) {
      r.y.error(r.value(key), `unknown placeholder {{${m[1]}}} in "${key}" of ${r.where}; known: ${[...all].map((k) => `{{${k}}}`).join(", ")}`);
    }
  }
}

// dist/rules/conditional.js
var import_yaml6 = __toESM(require_dist(), 1);
var SPEAKERS = ["agent", "customer", "any"];
var conditional = {
  type: "conditional",
  description: "Reports a trigger (A) not followed \u2014 or preceded \u2014 by a response (B) within N turns or seconds, or a B that must not follow A.",
  optionKeys: ["if", "then"],
  placeholders: ["trigger", "window"],
  needsPatterns: false,
  readOptions(r) {
    const ifNode = r.value("if");
    const thenNode = r.value("then");
    if (ifNode === void 0)
      r.y.error(r.node, `${r.where}: missing "if" ({speaker, patterns}: what triggers the rule)`);
    if (thenNode === void 0)
      r.y.error(r.node, `${r.where}: missing "then" ({speaker, patterns, must, within}: what has to follow)`);
    if (r.has("patterns"))
      r.y.error(r.keyNode("patterns"), `${r.where}: a conditional rule's phrases go in "if" and "then", not in "patterns"`);
    const trig = part(r, ifNode, '"if"', ["speaker", "patterns"]);
    const resp = part(r, thenNode, '"then"', ["speaker", "patterns", "must", "within", "direction"]);
    const trigger = { speaker: trig?.oneOf("speaker", SPEAKERS, "customer") ?? "customer", patterns: trig ? readPatternSet(trig, "patterns", true) : [] };
    const within = {};
    if (resp) {
      const w = resp.value("within");
      if (w === void 0)
        r.y.error(thenNode, `"then" of ${r.where}: missing "within" ({turns: N} and/or {seconds: N})`);
      else if (!(0, import_yaml6.isMap)(w))
        r.y.error(w ?? resp.keyNode("within"), `"within" of "then" in ${r.where} must be {turns: N} and/or {seconds: N}, found ${describe(w)}`);
      else {
        const wr = new MapReader(r.y, w, `"within" of "then" in ${r.where}`, ["turns", "seconds"]);
        const turns = wr.integer("turns", { min: 1 });
        const seconds2 = wr.integer("seconds", { min: 1 });
        if (turns !== void 0)
          within.turns = turns;
        if (seconds2 !== void 0)
          within.seconds = seconds2;
        if (!wr.has("turns") && !wr.has("seconds"))
          r.y.error(w, `"within" of "then" in ${r.where} needs "turns: N" and/or "seconds: N"`);
      }
    }
    const response = {
      speaker: resp?.oneOf("speaker", SPEAKERS, "agent") ?? "agent",
      patterns: resp ? readPatternSet(resp, "patterns", true) : [],
      must: resp?.oneOf("must", ["occur", "not-occur"], "occur") ?? "occur",
      within,
      direction: resp?.oneOf("direction", ["after", "before", "around"], "after") ?? "after"
    };
    return { trigger, response };
  },
  patternSets: (o) => [o.trigger.patterns, o.response.patterns],
  patternSetScopes: (o) => [o.trigger.speaker, o.response.speaker],
  applies(rule, call) {
    const w = rule.def.options.response.within;
    if (w.turns !== void 0 || call.timed)
      return true;
    const which = call.call.id !== null ? `call ${call.call.id}` : "this file";
    call.notice(`${rule.def.id} was not checked on ${which}: its window is ${w.seconds} seconds, but the turns have no times (add "turns: N" to its "within")`);
    return false;
  },
  check(rule, call) {
    const o = rule.def.options;
    const triggerTurns = applyWindow(call.speakerTurns(o.trigger.speaker), rule.def.within, call);
    const triggers = [];
    for (const turn of triggerTurns) {
      const m = call.setMatches(rule, 0, turn)[0];
      if (m)
        triggers.push({ turn, match: m });
    }
    if (triggers.length === 0)
      return;
    call.noteTriggered(rule);
    const useSeconds = o.response.within.seconds !== void 0 && call.timed;
    const windowText = describeResponseWindow(o, useSeconds);
    const responders = call.speakerTurns(o.response.speaker);
    const reported = /* @__PURE__ */ new Set();
    for (const t of triggers) {
      const inWindow = responseWindow(responders, t, o, useSeconds);
      const found2 = [];
      for (const { turn, from, to } of inWindow) {
        for (const m of call.setMatches(rule, 1, turn))
          if (m.start >= from && m.end <= to)
            found2.push({ turn, match: m });
      }
      const triggerText = t.turn.turn.text.slice(t.match.start, t.match.end);
      const data = { trigger: triggerText, window: windowText };
      if (o.response.must === "occur") {
        if (found2.length === 0)
          call.reportMatch(rule, t.turn, t.match, data);
      } else {
        for (const f of found2) {
          const key = `${f.turn.turn.index}:${f.match.start}`;
          if (reported.has(key))
            continue;
          reported.add(key);
          call.reportMatch(rule, f.turn, f.match, data);
        }
      }
    }
  }
};
function part(r, node, name, keys) {
  if (node === void 0)
    return null;
  if (!(0, import_yaml6.isMap)(node)) {
    r.y.error(node ?? r.node, `${name} in ${r.where} must be a mapping {${keys.join(", ")}}, found ${describe(node)}`);
    return null;
  }
  return new MapReader(r.y, node, `${name} of ${r.where}`, keys);
}
function responseWindow(responders, t, o, useSeconds) {
  const dir = o.response.direction;
  const idx = t.turn.turn.index;
  const out = [];
  const whole = (turn) => ({ turn, from: 0, to: turn.turn.text.length });
  const lo = firstAtLeast(responders, idx);
  const hi = lo < responders.length && responders[lo].turn.index === idx ? lo + 1 : lo;
  if (hi > lo) {
    if (dir !== "before")
      out.push({ turn: t.turn, from: t.match.end, to: t.turn.turn.text.length });
    if (dir !== "after")
      out.push({ turn: t.turn, from: 0, to: t.match.start });
  }
  if (useSeconds) {
    const n = o.response.within.seconds;
    const tStart = t.turn.turn.startTime ?? 0;
    const tEnd = t.turn.turn.endTime ?? tStart;
    const { minStartFrom, maxEndTo } = timesOf(responders);
    if (dir !== "before") {
      for (let k = hi; k < responders.length && minStartFrom[k] - tEnd <= n; k++) {
        const x = responders[k];
        if ((x.turn.startTime ?? 0) - tEnd <= n)
          out.push(whole(x));
      }
    }
    if (dir !== "after") {
      let first = lo;
      while (first > 0 && tStart - maxEndTo[first - 1] <= n)
        first--;
      for (let k = first; k < lo; k++) {
        const x = responders[k];
        if (tStart - (x.turn.endTime ?? x.turn.startTime ?? 0) <= n)
          out.push(whole(x));
      }
    }
  } else {
    const n = o.response.within.turns;
    if (dir !== "before")
      for (let k = hi; k < Math.min(responders.length, hi + n); k++)
        out.push(whole(responders[k]));
    if (dir !== "after")
      for (let k = Math.max(0, lo - n); k < lo; k++)
        out.push(whole(responders[k]));
  }
  return out;
}
function firstAtLeast(turns, idx) {
  let a = 0;
  let b = turns.length;
  while (a < b) {
    const m = a + b >>> 1;
    if (turns[m].turn.index < idx)
      a = m + 1;
    else
      b = m;
  }
  return a;
}
var timesCache = /* @__PURE__ */ new WeakMap();
function timesOf(turns) {
  let times = timesCache.get(turns);
  if (times === void 0) {
    const n = turns.length;
    const minStartFrom = new Float64Array(n);
    const maxEndTo = new Float64Array(n);
    let latest = -Infinity;
    for (let k = 0; k < n; k++) {
      const x = turns[k].turn;
      latest = Math.max(latest, x.endTime ?? x.startTime ?? 0);
      maxEndTo[k] = latest;
    }
    let earliest = Infinity;
    for (let k = n - 1; k >= 0; k--) {
      earliest = Math.min(earliest, turns[k].turn.startTime ?? 0);
      minStartFrom[k] = earliest;
    }
    times = { minStartFrom, maxEndTo };
    timesCache.set(turns, times);
  }
  return times;
}
function describeResponseWindow(o, useSeconds) {
  const who2 = o.response.speaker === "any" ? "" : `${o.response.speaker}'s `;
  const dir = o.response.direction;
  if (useSeconds) {
    const s = o.response.within.seconds;
    return dir === "around" ? `${s} seconds around it` : `${s} seconds ${dir} it`;
  }
  const n = o.response.within.turns;
  const turns = n === 1 ? "turn" : `${n} turns`;
  if (dir === "after")
    return `the ${who2}next ${turns}`;
  if (dir === "before")
    return `the ${who2}previous ${turns}`;
  return `the ${who2}${turns} before or after it`;
}

// dist/rules/index.js
var RULE_KINDS = new Map([forbidden, required, limit, sequence, conditional].map((k) => [k.type, k]));

// dist/input/redaction.js
var ZH_TAGS = "\u59D3\u540D|\u540D\u5B57|\u7535\u8BDD|\u96FB\u8A71|\u624B\u673A\u53F7|\u624B\u6A5F\u865F|\u53F7\u7801|\u865F\u78BC|\u5730\u5740|\u8EAB\u4EFD\u8BC1|\u8EAB\u4EFD\u8B49|\u8EAB\u4EFD\u8BC1\u53F7|\u8EAB\u4EFD\u8B49\u865F|\u94F6\u884C\u5361|\u9280\u884C\u5361|\u5361\u53F7|\u5361\u865F|\u90AE\u7BB1|\u90F5\u7BB1|\u5DF2\u5C4F\u853D|\u5C4F\u853D|\u9690\u85CF|\u96B1\u85CF|\u4E2A\u4EBA\u4FE1\u606F|\u500B\u4EBA\u4FE1\u606F|\u4E2A\u4EBA\u8D44\u6599|\u500B\u4EBA\u8CC7\u6599|\u654F\u611F\u4FE1\u606F|\u8131\u654F|\u812B\u654F";
var UPPER_TAG = String.raw`[\p{Lu}][\p{Lu}\p{N}_\-]*(?: [\p{Lu}][\p{Lu}\p{N}_\-]*){0,3}`;
var TAG = `(?:${UPPER_TAG}|${ZH_TAGS})`;
var REDACTION_PLACEHOLDER = new RegExp([
  String.raw`\[${TAG}\]`,
  String.raw`<${TAG}>`,
  String.raw`\{\{\s*[\p{L}_][\p{L}\p{N}_]*\s*\}\}`,
  String.raw`\u3010${TAG}\u3011`,
  String.raw`\*{3,}`,
  String.raw`#{3,}`
].join("|"), "gu");
var PLACEHOLDER_START = /[[<{*#\u3010]/;
function mayHaveRedactions(text) {
  return PLACEHOLDER_START.test(text);
}
function blankRedactions(text) {
  if (!PLACEHOLDER_START.test(text))
    return text;
  return text.replace(REDACTION_PLACEHOLDER, (m) => " ".repeat(m.length));
}

// dist/input/roles.js
var ROLE_WORDS = {
  agent: ["agent", "human_agent", "automated_agent", "any_agent", "operator", "representative", "\u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440", "\u0430\u0433\u0435\u043D\u0442", "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A", "\u5BA2\u670D", "\u5750\u5E2D", "\u5EA7\u5E2D"],
  customer: ["customer", "end_user", "enduser", "client", "caller", "user", "\u043A\u043B\u0438\u0435\u043D\u0442", "\u0430\u0431\u043E\u043D\u0435\u043D\u0442", "\u5BA2\u6237", "\u5BA2\u6236", "\u987E\u5BA2", "\u9867\u5BA2", "\u7528\u6237", "\u7528\u6236"]
};
function roleOfName(name, labels) {
  let memo = ROLE_MEMO.get(labels);
  if (memo === void 0)
    ROLE_MEMO.set(labels, memo = /* @__PURE__ */ new Map());
  const known2 = memo.get(name);
  if (known2 !== void 0)
    return known2 ?? void 0;
  const role = roleOfNameUncached(name, labels);
  if (memo.size < 2e3 && name.length <= 64)
    memo.set(ownCopy(name), role ?? null);
  return role;
}
var ROLE_MEMO = /* @__PURE__ */ new WeakMap();
function roleOfNameUncached(name, labels) {
  const key = name.trim().replace(/[\s_#\u2116-]*\d+$/u, "").replace(/\s*[(\uff08][^)\uff09]*[)\uff09]$/u, "").toLowerCase();
  if (key === "")
    return void 0;
  const simplified = normalize(key);
  for (const role of ["agent", "customer"]) {
    if (ROLE_WORDS[role].some((w) => w === key || normalize(w) === simplified))
      return role;
    if (labels[role].some((w) => w.toLowerCase() === key || normalize(w) === simplified))
      return role;
  }
  return void 0;
}
function configRole(speaker, roles) {
  if (!roles)
    return void 0;
  if (Object.hasOwn(roles, speaker))
    return roles[speaker];
  const lower = speaker.toLowerCase();
  for (const [k, v] of Object.entries(roles))
    if (k.toLowerCase() === lower)
      return v;
  return void 0;
}
var AGENT_PHRASES = [
  "thank you for calling",
  "thanks for calling",
  "thank you for contacting",
  "welcome to",
  "how can i help",
  "how may i help",
  "how can i assist",
  "how may i assist",
  "what can i do for you",
  "my name is",
  "you're speaking with",
  "you are speaking with",
  "\u0447\u0435\u043C \u043C\u043E\u0433\u0443 \u043F\u043E\u043C\u043E\u0447\u044C",
  "\u0447\u0435\u043C \u044F \u043C\u043E\u0433\u0443 \u0432\u0430\u043C \u043F\u043E\u043C\u043E\u0447\u044C",
  "\u0447\u0435\u043C \u043C\u043E\u0433\u0443 \u0431\u044B\u0442\u044C \u043F\u043E\u043B\u0435\u0437\u0435\u043D",
  "\u0447\u0435\u043C \u043C\u043E\u0433\u0443 \u0431\u044B\u0442\u044C \u043F\u043E\u043B\u0435\u0437\u043D\u0430",
  "\u043C\u0435\u043D\u044F \u0437\u043E\u0432\u0443\u0442",
  "\u0441 \u0432\u0430\u043C\u0438 \u0433\u043E\u0432\u043E\u0440\u0438\u0442",
  "\u0432\u044B \u043F\u043E\u0437\u0432\u043E\u043D\u0438\u043B\u0438 \u0432",
  "\u0432\u044B \u043F\u043E\u0437\u0432\u043E\u043D\u0438\u043B\u0438",
  "\u0441\u043B\u0443\u0448\u0430\u044E",
  "\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F",
  "\u6B22\u8FCE\u81F4\u7535",
  "\u6B22\u8FCE\u6765\u7535",
  "\u611F\u8C22\u81F4\u7535",
  "\u611F\u8C22\u60A8\u81F4\u7535",
  "\u6709\u4EC0\u4E48\u53EF\u4EE5\u5E2E",
  "\u5F88\u9AD8\u5174\u4E3A\u60A8\u670D\u52A1",
  "\u6211\u662F\u5BA2\u670D",
  "\u5DE5\u53F7"
];
var GREETINGS = [
  "hello",
  "hi",
  "good morning",
  "good afternoon",
  "good evening",
  "\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435",
  "\u0434\u043E\u0431\u0440\u044B\u0439 \u0434\u0435\u043D\u044C",
  "\u0434\u043E\u0431\u0440\u043E\u0435 \u0443\u0442\u0440\u043E",
  "\u0434\u043E\u0431\u0440\u044B\u0439 \u0432\u0435\u0447\u0435\u0440",
  "\u043F\u0440\u0438\u0432\u0435\u0442\u0441\u0442\u0432\u0443\u044E",
  "\u60A8\u597D",
  "\u4F60\u597D"
];
function phraseRegex(list) {
  const alts = list.map((p) => normalize(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(alts.map((a) => new RegExp("\\p{Script=Han}", "u").test(a) ? a : `(?<![\\p{L}\\p{N}])${a}(?![\\p{L}\\p{N}])`).join("|"), "gu");
}
var agentRe = null;
var greetingRe = null;
function greetingScore(opening) {
  const text = normalize(opening);
  const strong = text.match(agentRe ??= phraseRegex(AGENT_PHRASES))?.length ?? 0;
  const greet = text.match(greetingRe ??= phraseRegex(GREETINGS))?.length ?? 0;
  return 2 * Math.min(strong, 2) + Math.min(greet, 1);
}
function assignRoles(turns, opts) {
  if (turns.length === 0)
    return { roles: [] };
  if (turns.every((t) => t.speaker === null)) {
    return { roles: turns.map(() => "agent"), notice: "no speaker labels: every turn is read as agent speech" };
  }
  const speakers = [];
  const resolved = /* @__PURE__ */ new Map();
  for (const t of turns) {
    if (t.speaker === null || speakers.includes(t.speaker))
      continue;
    speakers.push(t.speaker);
    const role = configRole(t.speaker, opts.speakerRoles) ?? t.role ?? roleOfName(t.speaker, opts.labels);
    if (role !== void 0)
      resolved.set(t.speaker, role);
  }
  const unresolved = speakers.filter((s) => !resolved.has(s));
  const guesses = [];
  if (unresolved.length > 0) {
    const knownAgent = [...resolved.values()].includes("agent");
    let agent;
    let reason = "";
    if (!knownAgent) {
      let best = 0;
      for (const s of unresolved) {
        const opening = turns.filter((t) => t.speaker === s).slice(0, 2).map((t) => t.text).join("\n");
        const score = greetingScore(opening);
        if (score > best) {
          best = score;
          agent = s;
        }
      }
      if (agent !== void 0)
        reason = "greets first";
      else {
        agent = unresolved.find((s) => /^ch(?:annel)?[ _]?0$/i.test(s) || turns.some((t) => t.speaker === s && t.channel === 0));
        if (agent !== void 0)
          reason = "channel 0";
        else {
          agent = unresolved[0];
          reason = "speaks first";
        }
      }
    }
    if (agent !== void 0)
      guesses.push(`${agent} \u2192 agent (${reason})`);
    for (const s of unresolved) {
      resolved.set(s, s === agent ? "agent" : "customer");
      if (s !== agent)
        guesses.push(`${s} \u2192 customer`);
    }
  }
  const roles = turns.map((t) => t.speaker === null ? "unknown" : resolved.get(t.speaker) ?? "unknown");
  return guesses.length > 0 ? { roles, notice: `speaker roles guessed: ${guesses.join(", ")}` } : { roles };
}

// dist/input/source-map.js
var SourceMapBuilder = class {
  starts = [];
  ends = [];
  /** Characters that stand verbatim at `offset`. */
  verbatim(text, offset) {
    for (let i = 0; i < text.length; i++) {
      this.starts.push(offset + i);
      this.ends.push(offset + i + 1);
    }
  }
  /** One code unit written in the source as [start, end) (an escape sequence, a doubled quote). */
  unit(start, end) {
    this.starts.push(start);
    this.ends.push(end);
  }
  /** Characters that stand nowhere in the source. */
  none(count3) {
    for (let i = 0; i < count3; i++) {
      this.starts.push(-1);
      this.ends.push(-1);
    }
  }
  get length() {
    return this.starts.length;
  }
  build() {
    return { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
  }
};
function sliceMap(map, from, to) {
  return { starts: map.starts.slice(from, to), ends: map.ends.slice(from, to) };
}
function mapRange(map, start, end) {
  let from = -1;
  for (let i = start; i < end && from === -1; i++)
    from = map.starts[i] ?? -1;
  let to = -1;
  for (let i = end - 1; i >= start && to === -1; i--)
    to = map.ends[i] ?? -1;
  return from === -1 || to === -1 ? void 0 : [from, to];
}
function jsonStringMap(raw, offset) {
  const b = new SourceMapBuilder();
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === "\\") {
      const len = raw[i + 1] === "u" ? 6 : 2;
      b.unit(offset + i, offset + i + len);
      i += len;
    } else {
      b.unit(offset + i, offset + i + 1);
      i++;
    }
  }
  return b.build();
}

// dist/input/document.js
function blankLineBreaks(text) {
  return text.includes("\n") || text.includes("\r") ? text.replace(/[\r\n\u2028\u2029]/g, " ") : text;
}
var EDGE_SPACE = /^\s+|\s+$/gu;
function trimmed(t) {
  if (!/^\s|\s$/u.test(t.text))
    return t;
  const lead = /^\s*/u.exec(t.text)[0].length;
  const text = t.text.replace(EDGE_SPACE, "");
  if (text.length === t.text.length)
    return t;
  const out = { ...t, text, sourceOffset: t.sourceOffset === null ? null : t.sourceOffset + lead };
  if (t.sourceMap)
    out.sourceMap = sliceMap(t.sourceMap, lead, lead + text.length);
  return out;
}
function buildDocument(source, format, rawCalls, opts, notices = []) {
  const calls = [];
  for (const raw of rawCalls) {
    const turns = raw.turns.map((t) => trimmed({ ...t, text: blankLineBreaks(blankRedactions(t.text)) })).filter((t) => t.text !== "");
    const assignment = assignRoles(turns, { labels: opts.labels, speakerRoles: opts.speakerRoles });
    if (assignment.notice)
      notices.push(raw.id !== null ? `call ${raw.id}: ${assignment.notice}` : assignment.notice);
    const call = {
      id: raw.id,
      turns: turns.map((t, index) => {
        const turn = { index, speaker: t.speaker, role: assignment.roles[index], text: t.text, sourceOffset: t.sourceOffset, anchorOffset: t.anchorOffset };
        if (t.startTime !== void 0)
          turn.startTime = t.startTime;
        if (t.endTime !== void 0)
          turn.endTime = t.endTime;
        if (t.sourceOffset === null && t.sourceMap && t.sourceMap.starts.length === t.text.length)
          turn.sourceMap = t.sourceMap;
        return turn;
      })
    };
    if (raw.agent !== void 0 && raw.agent !== "")
      call.agent = raw.agent;
    calls.push(call);
  }
  if (calls.every((c) => c.turns.length === 0))
    notices.push("no speech found in the file");
  return { source, kind: "transcript", format, calls, notices };
}
function seconds(value, divisor = 1) {
  return Math.round(value / divisor * 1e3) / 1e3;
}

// dist/input/errors.js
var TranscriptError = class _TranscriptError extends Error {
  reason;
  line;
  column;
  constructor(reason, line, column) {
    super(line !== void 0 ? `${line}:${column ?? 1}: ${reason}` : reason);
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.name = "TranscriptError";
  }
  /** An error at a 0-based offset of `source`. */
  static at(source, offset, reason) {
    const index = typeof source === "string" ? new LineIndex(source) : source;
    const { line, column } = index.locate(Math.max(0, Math.min(offset, index.text.length)));
    return new _TranscriptError(reason, line, column);
  }
};

// dist/input/json-scan.js
var JsonSyntaxError = class extends Error {
  offset;
  related;
  constructor(offset, message, related) {
    super(message);
    this.offset = offset;
    this.related = related;
  }
};
var JsonDoc = class _JsonDoc {
  value;
  root;
  text;
  base;
  constructor(value, root, text, base) {
    this.value = value;
    this.root = root;
    this.text = text;
    this.base = base;
  }
  /**
   * Parses `text` (which starts at offset `base` of the file, for JSON Lines); throws a
   * TranscriptError located through `lines` (the whole file's LineIndex, made only on error).
   * `parsed` is the value when the caller already has it from JSON.parse (positions are still
   * scanned).
   */
  static parse(text, lines, base = 0, parsed) {
    let root;
    try {
      root = new Scanner(text, base).document();
    } catch (e) {
      if (e instanceof JsonSyntaxError) {
        const index = typeof lines === "function" ? lines() : lines;
        let message = e.message;
        if (e.related !== void 0) {
          const { line, column } = index.locate(e.related);
          message = message.replace("{related}", `line ${line}, column ${column}`);
        }
        throw TranscriptError.at(index, e.offset, `invalid JSON: ${message}`);
      }
      throw e;
    }
    if (parsed)
      return new _JsonDoc(parsed.value, root, text, base);
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw TranscriptError.at(typeof lines === "function" ? lines() : lines, base, `invalid JSON: ${e.message}`);
    }
    return new _JsonDoc(value, root, text, base);
  }
  find(path) {
    let loc = this.root;
    for (const key of path) {
      if (!loc)
        return void 0;
      loc = childOf(loc, key);
    }
    return loc ?? void 0;
  }
  /** Offset of the string or container at `path` (its first character), if it exists. */
  offsetOf(path) {
    return this.find(path)?.start;
  }
  /**
   * Where the string at `path` stands: the offset of its first character inside the quotes when
   * the source has no escapes, else null.
   */
  stringOffset(path) {
    return verbatimStart(this.find(path));
  }
  /** For a string with escapes: where each of its decoded characters stands; otherwise undefined. */
  stringMap(path) {
    return this.mapOf(this.find(path));
  }
  /**
   * The members of the object at `path` as offsetOf / stringOffset / stringMap of `[...path, key]`
   * give them, the path walked once (a record's fields are read this way, a turn at a time).
   */
  membersOf(path) {
    const loc = this.find(path);
    return {
      offset: loc?.start,
      member: (key) => {
        const m = loc ? childOf(loc, key) : void 0;
        return { offset: m?.start, stringOffset: verbatimStart(m), map: this.mapOf(m) };
      }
    };
  }
  mapOf(loc) {
    if (!loc || !loc.string || !loc.escaped)
      return void 0;
    const raw = this.text.slice(loc.start + 1 - this.base, loc.end - 1 - this.base);
    return jsonStringMap(raw, loc.start + 1);
  }
};
function childOf(loc, key) {
  const children = loc.children;
  if (!children)
    return void 0;
  return Array.isArray(children) ? typeof key === "number" ? children[key] : void 0 : children.get(String(key));
}
function verbatimStart(loc) {
  if (!loc || !loc.string || loc.escaped)
    return null;
  return loc.start + 1;
}
var PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var Scanner = class {
  text;
  base;
  i = 0;
  constructor(text, base) {
    this.text = text;
    this.base = base;
  }
  document() {
    this.ws();
    if (this.i >= this.text.length)
      this.fail("the file is empty");
    const root = this.value();
    this.ws();
    if (this.i < this.text.length)
      this.fail(`unexpected ${this.describe()} after the end of the JSON value`);
    return root;
  }
  fail(message, at = this.i, related) {
    throw new JsonSyntaxError(this.base + at, message, related === void 0 ? void 0 : this.base + related);
  }
  describe() {
    const ch = this.text[this.i];
    return ch === void 0 ? "end of input" : `character ${JSON.stringify(ch)}`;
  }
  ws() {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9)
        this.i++;
      else
        return;
    }
  }
  value() {
    const ch = this.text[this.i];
    const start = this.i;
    if (ch === "{")
      return this.object();
    if (ch === "[")
      return this.array();
    if (ch === '"') {
      const escaped = this.string();
      return { start: this.base + start, end: this.base + this.i, string: true, escaped };
    }
    if (ch === "-" || ch !== void 0 && ch >= "0" && ch <= "9") {
      NUMBER.lastIndex = this.i;
      const m = NUMBER.exec(this.text);
      if (!m)
        this.fail("invalid number");
      this.i += m[0].length;
    } else if (this.text.startsWith("true", this.i))
      this.i += 4;
    else if (this.text.startsWith("false", this.i))
      this.i += 5;
    else if (this.text.startsWith("null", this.i))
      this.i += 4;
    else
      this.fail(ch === void 0 ? "unexpected end of input (a value is missing)" : `unexpected ${this.describe()} (expected a value)`);
    return null;
  }
  object() {
    const open = this.i;
    const children = /* @__PURE__ */ new Map();
    const loc = { start: this.base + open, end: -1, string: false, escaped: false, children };
    this.i++;
    this.ws();
    if (this.text[this.i] === "}") {
      this.i++;
      return loc;
    }
    for (; ; ) {
      this.ws();
      if (this.text[this.i] !== '"') {
        if (this.i >= this.text.length)
          this.fail("unexpected end of input (the object opened at {related} is not closed)", this.i, open);
        this.fail(`expected a double-quoted property name, found ${this.describe()}`);
      }
      const keyStart = this.i;
      const escaped = this.string();
      const raw = this.text.slice(keyStart + 1, this.i - 1);
      const key = escaped ? JSON.parse(`"${raw}"`) : raw;
      this.ws();
      if (this.text[this.i] !== ":")
        this.fail(`expected ':' after property name, found ${this.describe()}`);
      this.i++;
      this.ws();
      children.set(key, this.value());
      this.ws();
      const ch = this.text[this.i];
      if (ch === ",") {
        this.i++;
        continue;
      }
      if (ch === "}") {
        this.i++;
        return loc;
      }
      if (ch === void 0)
        this.fail("unexpected end of input (expected ',' or '}'; the object opened at {related} is not closed)", this.i, open);
      this.fail(`expected ',' or '}' after property value, found ${this.describe()}`);
    }
  }
  array() {
    const open = this.i;
    const children = [];
    const loc = { start: this.base + open, end: -1, string: false, escaped: false, children };
    this.i++;
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      return loc;
    }
    for (; ; ) {
      this.ws();
      children.push(this.value());
      this.ws();
      const ch = this.text[this.i];
      if (ch === ",") {
        this.i++;
        this.ws();
        if (this.text[this.i] === "]")
          this.fail("unexpected ']' after ',' (trailing comma)");
        continue;
      }
      if (ch === "]") {
        this.i++;
        return loc;
      }
      if (ch === void 0)
        this.fail("unexpected end of input (expected ',' or ']'; the array opened at {related} is not closed)", this.i, open);
      this.fail(`expected ',' or ']' after array element, found ${this.describe()}`);
    }
  }
  /** Skips a string token; returns true when it contains escapes. */
  string() {
    const open = this.i;
    this.i++;
    let escaped = false;
    const t = this.text;
    for (; ; ) {
      PLAIN_RUN.lastIndex = this.i;
      PLAIN_RUN.exec(t);
      this.i = PLAIN_RUN.lastIndex;
      const c = t.charCodeAt(this.i);
      if (Number.isNaN(c))
        this.fail("unterminated string", open);
      if (c === 34) {
        this.i++;
        return escaped;
      }
      if (c === 92) {
        escaped = true;
        const e = t[this.i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6)))
            this.fail("invalid \\u escape in string");
          this.i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e))
          this.i += 2;
        else
          this.fail(`invalid escape sequence in string`);
        continue;
      }
      this.fail(c === 10 ? "unterminated string (a line break inside a string must be written \\n)" : "control character in string");
    }
  }
};

// dist/input/probe.js
var ContentProbe = class {
  text;
  jsonResult;
  jsonDoc;
  lineIndex;
  constructor(text) {
    this.text = text;
  }
  get lines() {
    return this.lineIndex ??= new LineIndex(this.text);
  }
  /** The parsed JSON value of the whole text, or undefined when it is not JSON. */
  json() {
    if (this.jsonResult === void 0) {
      const first = firstNonSpace(this.text);
      if (first !== "{" && first !== "[")
        this.jsonResult = { ok: false };
      else if (first === "[" && NUMBER_THEN_JUNK.test(this.text))
        this.jsonResult = { ok: false };
      else {
        try {
          this.jsonResult = { ok: true, value: JSON.parse(this.text) };
        } catch {
          this.jsonResult = { ok: false };
        }
      }
    }
    return this.jsonResult.ok ? this.jsonResult.value : void 0;
  }
  /** The text as JSON with positions; throws a located TranscriptError when it is not JSON. */
  jsonWithPositions() {
    if (this.jsonDoc === void 0) {
      this.json();
      const known2 = this.jsonResult?.ok ? { value: this.jsonResult.value } : void 0;
      this.jsonDoc = JsonDoc.parse(this.text, () => this.lines, 0, known2);
    }
    return this.jsonDoc;
  }
  /** The first non-empty line, trimmed. */
  firstLine() {
    const m = /^[ \t]*(\S[^\r\n]*)/m.exec(this.text);
    return m ? m[1].trim() : "";
  }
};
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function firstNonSpace(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c !== 32 && (c < 9 || c > 13))
        return text[i];
    } else if (!WHITE.test(text[i]))
      return text[i];
  }
  return void 0;
}
var WHITE = /^\s$/;
var NUMBER_THEN_JUNK = /^\s*\[\s*-?\d[\d.eE+-]*\s*[^\s,\]\d.eE+-]/;

// dist/input/formats/shared.js
function num(v) {
  if (typeof v === "number" && Number.isFinite(v))
    return v;
  if (typeof v === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v))
    return Number(v);
  return void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function arr(v) {
  return Array.isArray(v) ? v : void 0;
}
function textAt(doc, textPath, recordPath) {
  const at = { sourceOffset: doc.stringOffset(textPath), anchorOffset: doc.offsetOf(textPath) ?? doc.offsetOf(recordPath) ?? 0 };
  const map = at.sourceOffset === null ? doc.stringMap(textPath) : void 0;
  return map ? { ...at, sourceMap: map } : at;
}

// dist/input/formats/assemblyai.js
var assemblyai = {
  name: "assemblyai",
  description: 'AssemblyAI JSON (utterances[] with speaker "A"/"B", times in ms)',
  detect: (_text, _path, probe) => {
    const v = probe.json();
    if (!isObject(v) || !("utterances" in v) || typeof v.text !== "string" && v.text !== null)
      return false;
    const u = v.utterances;
    if (u === null)
      return "audio_url" in v || "words" in v || "status" in v;
    if (!Array.isArray(u))
      return false;
    const first = u[0];
    return u.length === 0 || isObject(first) && typeof first.text === "string" && "speaker" in first;
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const root = doc.value;
    const turns = [];
    const utterances = arr(root.utterances);
    if (utterances) {
      utterances.forEach((u, i) => {
        if (!isObject(u) || typeof u.text !== "string")
          return;
        const sp = u.speaker;
        const turn = {
          speaker: typeof sp === "string" || typeof sp === "number" ? String(sp) : null,
          text: u.text,
          ...textAt(doc, ["utterances", i, "text"], ["utterances", i])
        };
        const ch = num(u.channel);
        if (ch !== void 0)
          turn.channel = ch;
        const start = num(u.start);
        const end = num(u.end);
        if (start !== void 0)
          turn.startTime = seconds(start, 1e3);
        if (end !== void 0)
          turn.endTime = seconds(end, 1e3);
        turns.push(turn);
      });
    } else {
      const t = str(root.text);
      if (t !== void 0)
        turns.push({ speaker: null, text: t, ...textAt(doc, ["text"], []) });
    }
    return buildDocument(text, "assemblyai", [{ id: null, turns }], opts);
  }
};

// dist/input/formats/aws-transcribe.js
var NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
function needsSpace(prev, word, punctuation) {
  if (prev === "" || punctuation)
    return false;
  return !(NO_SPACE.test(prev[prev.length - 1]) && NO_SPACE.test(word[0] ?? ""));
}
function readItem(raw, path, speaker, channel) {
  if (!isObject(raw))
    return void 0;
  const alt = arr(raw.alternatives)?.[0];
  const content = isObject(alt) ? str(alt.content) : void 0;
  if (content === void 0)
    return void 0;
  return {
    path,
    speaker,
    start: num(raw.start_time),
    end: num(raw.end_time),
    content,
    punctuation: raw.type === "punctuation",
    channel
  };
}
function turnsOf(items, doc) {
  const turns = [];
  let cur = null;
  const append = (turn, it) => {
    if (needsSpace(turn.text, it.content, it.punctuation)) {
      turn.text += " ";
      turn.map.none(1);
    }
    const contentPath = [...it.path, "alternatives", 0, "content"];
    const at = doc.stringOffset(contentPath);
    const escaped = doc.stringMap(contentPath);
    if (at !== null)
      turn.map.verbatim(it.content, at);
    else if (escaped && escaped.starts.length === it.content.length)
      for (let i = 0; i < it.content.length; i++)
        turn.map.unit(escaped.starts[i], escaped.ends[i]);
    else
      turn.map.none(it.content.length);
    turn.text += it.content;
  };
  for (const it of items) {
    if (!(it.punctuation && cur) && (!cur || it.speaker !== cur.speaker)) {
      const anchor = doc.offsetOf([...it.path, "alternatives", 0, "content"]) ?? doc.offsetOf(it.path) ?? 0;
      cur = { speaker: it.speaker, text: "", sourceOffset: null, anchorOffset: anchor, startTime: it.start, channel: it.channel, map: new SourceMapBuilder() };
      turns.push(cur);
    }
    append(cur, it);
    if (it.end !== void 0)
      cur.endTime = it.end;
  }
  return turns.map(({ startTime, endTime, map, ...t }) => ({
    ...t,
    sourceMap: map.build(),
    ...startTime !== void 0 ? { startTime: seconds(startTime) } : {},
    ...endTime !== void 0 ? { endTime: seconds(endTime) } : {}
  }));
}
var awsTranscribe = {
  name: "aws-transcribe",
  description: "Amazon Transcribe JSON (speaker_labels spk_0\u2026 or channel_labels ch_0\u2026)",
  detect: (_text, _path, probe) => {
    const v = probe.json();
    return isObject(v) && isObject(v.results) && (Array.isArray(v.results.items) || Array.isArray(v.results.transcripts));
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const root = doc.value;
    if (!isObject(root) || !isObject(root.results))
      throw TranscriptError.at(text, doc.offsetOf([]) ?? 0, 'not an Amazon Transcribe result: "results" object missing');
    const results = root.results;
    let items = [];
    const channels = isObject(results.channel_labels) ? arr(results.channel_labels.channels) : void 0;
    if (channels && channels.length > 0) {
      channels.forEach((ch, c) => {
        if (!isObject(ch))
          return;
        const label = str(ch.channel_label) ?? `ch_${c}`;
        const channel = Number(/\d+$/.exec(label)?.[0] ?? c);
        arr(ch.items)?.forEach((raw, i) => {
          const it = readItem(raw, ["results", "channel_labels", "channels", c, "items", i], label, channel);
          if (it)
            items.push(it);
        });
      });
      let lastStart = 0;
      const keyed = items.map((it, order) => {
        if (it.start !== void 0)
          lastStart = it.start;
        return { it, key: it.start ?? lastStart, order };
      });
      keyed.sort((a, b) => a.key - b.key || a.order - b.order);
      items = keyed.map((k) => k.it);
    } else {
      const segments = isObject(results.speaker_labels) ? arr(results.speaker_labels.segments) : void 0;
      const byStart = /* @__PURE__ */ new Map();
      for (const seg of segments ?? []) {
        if (!isObject(seg))
          continue;
        for (const si of arr(seg.items) ?? []) {
          if (isObject(si) && typeof si.start_time === "string" && typeof si.speaker_label === "string")
            byStart.set(si.start_time, si.speaker_label);
        }
      }
      const diarized = segments !== void 0;
      let last = null;
      arr(results.items)?.forEach((raw, i) => {
        if (!isObject(raw))
          return;
        let speaker = null;
        if (diarized) {
          speaker = str(raw.speaker_label) ?? (typeof raw.start_time === "string" ? byStart.get(raw.start_time) : void 0) ?? last;
          last = speaker;
        }
        const it = readItem(raw, ["results", "items", i], speaker);
        if (it)
          items.push(it);
      });
      if (!diarized) {
        const transcripts = arr(results.transcripts);
        const t0 = transcripts?.[0];
        if (isObject(t0) && typeof t0.transcript === "string") {
          const first = items.find((i) => i.start !== void 0);
          const lastTimed = [...items].reverse().find((i) => i.end !== void 0);
          const turn = { speaker: null, text: t0.transcript, ...textAt(doc, ["results", "transcripts", 0, "transcript"], ["results", "transcripts", 0]) };
          if (first?.start !== void 0)
            turn.startTime = seconds(first.start);
          if (lastTimed?.end !== void 0)
            turn.endTime = seconds(lastTimed.end);
          return buildDocument(text, "aws-transcribe", [{ id: null, turns: [turn] }], opts);
        }
      }
    }
    return buildDocument(text, "aws-transcribe", [{ id: null, turns: turnsOf(items, doc) }], opts);
  }
};

// dist/input/formats/contact-lens.js
function roleOfParticipant(role) {
  if (role === void 0)
    return void 0;
  const r = role.toUpperCase();
  if (r === "AGENT" || r === "HUMAN_AGENT" || r === "AUTOMATED_AGENT" || r === "ANY_AGENT")
    return "agent";
  if (r === "CUSTOMER" || r === "END_USER")
    return "customer";
  return "unknown";
}
var contactLens = {
  name: "contact-lens",
  description: "Amazon Connect Contact Lens / Transcribe Call Analytics JSON (Transcript[], ParticipantRole)",
  detect: (_text, _path, probe) => {
    const v = probe.json();
    if (!isObject(v) || !Array.isArray(v.Transcript))
      return false;
    const first = v.Transcript[0];
    return v.Transcript.length === 0 ? Array.isArray(v.Participants) : isObject(first) && typeof first.Content === "string";
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const root = doc.value;
    const roleById = /* @__PURE__ */ new Map();
    for (const p of arr(root.Participants) ?? []) {
      if (isObject(p) && typeof p.ParticipantId === "string" && typeof p.ParticipantRole === "string")
        roleById.set(p.ParticipantId, p.ParticipantRole);
    }
    const turns = [];
    arr(root.Transcript)?.forEach((raw, i) => {
      if (!isObject(raw) || typeof raw.Content !== "string")
        return;
      const id = str(raw.ParticipantId);
      const roleName = str(raw.ParticipantRole) ?? (id !== void 0 ? roleById.get(id) : void 0);
      const begin = num(raw.BeginOffsetMillis);
      const end = num(raw.EndOffsetMillis);
      const turn = {
        speaker: roleName ?? id ?? null,
        text: raw.Content,
        ...textAt(doc, ["Transcript", i, "Content"], ["Transcript", i]),
        role: roleOfParticipant(roleName)
      };
      if (begin !== void 0)
        turn.startTime = seconds(begin, 1e3);
      if (end !== void 0)
        turn.endTime = seconds(end, 1e3);
      turns.push(turn);
    });
    return buildDocument(text, "contact-lens", [{ id: null, turns }], opts);
  }
};

// dist/input/formats/ccai.js
var ONE_DAY_USEC = 864e8;
var ccai = {
  name: "ccai",
  description: "Google Contact Center AI Insights conversation JSON (entries[] with role, start_timestamp_usec)",
  detect: (_text, _path, probe) => {
    const v = probe.json();
    if (!isObject(v) || !Array.isArray(v.entries))
      return false;
    const first = v.entries[0];
    return v.entries.length === 0 || isObject(first) && typeof first.text === "string" && ("role" in first || "user_id" in first || "start_timestamp_usec" in first);
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const root = doc.value;
    const entries = arr(root.entries) ?? [];
    const stamps = entries.map((e) => isObject(e) ? num(e.start_timestamp_usec) : void 0);
    const firstStamp = stamps.find((s) => s !== void 0);
    const origin = firstStamp !== void 0 && firstStamp > ONE_DAY_USEC ? firstStamp : 0;
    const next = [];
    for (let i = stamps.length - 1, after; i >= 0; i--) {
      next[i] = after;
      if (stamps[i] !== void 0)
        after = stamps[i];
    }
    const turns = [];
    entries.forEach((e, i) => {
      if (!isObject(e) || typeof e.text !== "string")
        return;
      const role = str(e.role);
      const user = e.user_id;
      const turn = {
        speaker: role ?? (typeof user === "number" || typeof user === "string" ? String(user) : null),
        text: e.text,
        ...textAt(doc, ["entries", i, "text"], ["entries", i]),
        role: roleOfParticipant(role)
      };
      const s = stamps[i];
      if (s !== void 0)
        turn.startTime = seconds(s - origin, 1e6);
      const n = next[i];
      if (s !== void 0 && n !== void 0)
        turn.endTime = seconds(n - origin, 1e6);
      turns.push(turn);
    });
    return buildDocument(text, "ccai", [{ id: null, turns }], opts);
  }
};

// dist/input/speakers.js
var DEFAULT_SPEAKER_LABELS = {
  agent: [
    "\u041E\u043F\u0435\u0440\u0430\u0442\u043E\u0440",
    "\u0410\u0433\u0435\u043D\u0442",
    "\u041C\u0435\u043D\u0435\u0434\u0436\u0435\u0440",
    "\u0421\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442",
    "\u0421\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A",
    "\u041A\u043E\u043D\u0441\u0443\u043B\u044C\u0442\u0430\u043D\u0442",
    "\u5BA2\u670D",
    "\u5750\u5E2D",
    "\u5EA7\u5E2D",
    "\u5BA2\u670D\u4EE3\u8868",
    "\u5BA2\u670D\u4EBA\u5458",
    "\u63A5\u7EBF\u5458",
    "\u670D\u52D9\u54E1",
    "\u4E1A\u52A1\u5458",
    "\u5BA2\u670D\u4EBA\u54E1",
    "\u63A5\u7DDA\u54E1",
    "\u696D\u52D9\u54E1",
    "\u670D\u52A1\u5458",
    "Agent",
    "Operator",
    "Rep",
    "Representative",
    "Advisor",
    "Support"
  ],
  customer: [
    "\u041A\u043B\u0438\u0435\u043D\u0442",
    "\u0410\u0431\u043E\u043D\u0435\u043D\u0442",
    "\u041F\u043E\u043A\u0443\u043F\u0430\u0442\u0435\u043B\u044C",
    "\u0417\u0432\u043E\u043D\u044F\u0449\u0438\u0439",
    "\u0421\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A",
    "\u5BA2\u6237",
    "\u987E\u5BA2",
    "\u7528\u6237",
    "\u6765\u7535\u8005",
    "\u5BA2\u4EBA",
    "\u6295\u4FDD\u4EBA",
    "\u5BA2\u6236",
    "\u9867\u5BA2",
    "\u7528\u6236",
    "\u4F86\u96FB\u8005",
    "Customer",
    "Caller",
    "Client",
    "User"
  ]
};
function mergeLabels(base, extra) {
  if (!extra)
    return base;
  return { agent: [...extra.agent ?? [], ...base.agent], customer: [...extra.customer ?? [], ...base.customer] };
}
var escape2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var GENERIC_SPEAKER = String.raw`(?:speaker|\u0441\u043f\u0438\u043a\u0435\u0440|\u0433\u043e\u0432\u043e\u0440\u044f\u0449\u0438\u0439|\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a|\u8bf4\u8bdd\u4eba|\u8aaa\u8a71\u4eba|\u53d1\u8a00\u4eba|\u767c\u8a00\u4eba)[ _]?\d{1,2}|spk_\d{1,2}`;
function compileLabels(labels) {
  const all = [GENERIC_SPEAKER, ...[...labels.agent, ...labels.customer].sort((a, b) => b.length - a.length).map(escape2)];
  const time = String.raw`[\[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?`;
  const regex2 = new RegExp(String.raw`^[ \t>]*(?:${time}[ \t]*(?:-[ \t]*)?)?[*_]{0,2}(${all.join("|")})(?:[ \t]*[#\u2116]?\d+)?(?:[ \t]*[(\uff08][^)\uff09\n]{1,40}[)\uff09])?[*_]{0,2}[ \t]*[:\uff1a][*_]{0,2}[ \t]?`, "iu");
  const roles = /* @__PURE__ */ new Map();
  for (const l of labels.customer)
    roles.set(l.toLowerCase(), "customer");
  for (const l of labels.agent)
    roles.set(l.toLowerCase(), "agent");
  const seen = /* @__PURE__ */ new Map();
  const roleOf = (label) => {
    let role = seen.get(label);
    if (role === void 0) {
      role = roles.get(label.toLowerCase()) ?? "unknown";
      if (seen.size < 1e3)
        seen.set(ownCopy(label), role);
    }
    return role;
  };
  return { regex: regex2, roleOf };
}
function parseClock(text) {
  let acc = 0;
  let whole = 0;
  let fraction = 0;
  let scale = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (scale === 0)
        whole = whole * 10 + (c - 48);
      else {
        fraction = fraction * 10 + (c - 48);
        scale *= 10;
      }
    } else if (c === 58 && scale === 0) {
      acc = acc * 60 + whole;
      whole = 0;
      digits = 0;
    } else if ((c === 46 || c === 44) && scale === 0)
      scale = 1;
    else
      return parseClockSlowly(text);
  }
  if (scale > 1e15 || whole > 1e15 || scale > 0 && digits === 0)
    return parseClockSlowly(text);
  return acc * 60 + (scale <= 1 ? whole : (whole * scale + fraction) / scale);
}
function parseClockSlowly(text) {
  const parts = text.replace(",", ".").split(":").map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

// dist/input/records.js
var FIELD_NAMES = {
  callId: [
    "call_id",
    "callid",
    "call",
    "conversation_id",
    "conversation",
    "contact_id",
    "session_id",
    "interaction_id",
    "dialog_id",
    "dialogue_id",
    "chat_id",
    "record_id",
    "recording_id",
    "ticket_id",
    "id \u0437\u0432\u043E\u043D\u043A\u0430",
    "\u0437\u0432\u043E\u043D\u043E\u043A",
    "\u043D\u043E\u043C\u0435\u0440 \u0437\u0432\u043E\u043D\u043A\u0430",
    "\u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0437\u0432\u043E\u043D\u043A\u0430",
    "id \u0440\u0430\u0437\u0433\u043E\u0432\u043E\u0440\u0430",
    "\u0440\u0430\u0437\u0433\u043E\u0432\u043E\u0440",
    "\u0434\u0438\u0430\u043B\u043E\u0433",
    "id \u0434\u0438\u0430\u043B\u043E\u0433\u0430",
    "\u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u0435",
    "\u043D\u043E\u043C\u0435\u0440 \u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u044F",
    "\u901A\u8BDDid",
    "\u901A\u8BDD\u7F16\u53F7",
    "\u901A\u8BDD",
    "\u4F1A\u8BDDid",
    "\u4F1A\u8BDD\u7F16\u53F7",
    "\u5BF9\u8BDDid",
    "\u5F55\u97F3\u7F16\u53F7",
    "\u5DE5\u5355\u53F7",
    "\u901A\u8A71id",
    "\u901A\u8A71\u7DE8\u865F",
    "\u6703\u8A71id",
    "\u5C0D\u8A71id",
    "\u9304\u97F3\u7DE8\u865F"
  ],
  speaker: [
    "speaker",
    "speaker_label",
    "speaker_id",
    "speaker_name",
    "participant",
    "participant_id",
    "channel",
    "from",
    "author",
    "sender",
    "who",
    "\u0433\u043E\u0432\u043E\u0440\u044F\u0449\u0438\u0439",
    "\u0441\u043F\u0438\u043A\u0435\u0440",
    "\u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A",
    "\u043A\u0442\u043E",
    "\u043A\u0430\u043D\u0430\u043B",
    "\u0441\u043E\u0431\u0435\u0441\u0435\u0434\u043D\u0438\u043A",
    "\u8BF4\u8BDD\u4EBA",
    "\u8BF4\u8BDD\u8005",
    "\u53D1\u8A00\u4EBA",
    "\u8BB2\u8BDD\u4EBA",
    "\u8AAA\u8A71\u4EBA",
    "\u8AAA\u8A71\u8005",
    "\u767C\u8A00\u4EBA",
    "\u8B1B\u8A71\u4EBA"
  ],
  role: [
    "role",
    "speaker_role",
    "participant_role",
    "side",
    "speaker_type",
    "\u0440\u043E\u043B\u044C",
    "\u0441\u0442\u043E\u0440\u043E\u043D\u0430",
    "\u0440\u043E\u043B\u044C \u0433\u043E\u0432\u043E\u0440\u044F\u0449\u0435\u0433\u043E",
    "\u89D2\u8272",
    "\u8EAB\u4EFD",
    "\u8BF4\u8BDD\u4EBA\u89D2\u8272",
    "\u8AAA\u8A71\u4EBA\u89D2\u8272"
  ],
  text: [
    "text",
    "transcript",
    "transcription",
    "utterance",
    "content",
    "message",
    "phrase",
    "sentence",
    "speech",
    "body",
    "\u0442\u0435\u043A\u0441\u0442",
    "\u0440\u0435\u043F\u043B\u0438\u043A\u0430",
    "\u0444\u0440\u0430\u0437\u0430",
    "\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435",
    "\u0432\u044B\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u043D\u0438\u0435",
    "\u0440\u0430\u0441\u0448\u0438\u0444\u0440\u043E\u0432\u043A\u0430",
    "\u0441\u043E\u0434\u0435\u0440\u0436\u0430\u043D\u0438\u0435",
    "\u6587\u672C",
    "\u5185\u5BB9",
    "\u8BDD\u8BED",
    "\u5BF9\u8BDD\u5185\u5BB9",
    "\u53D1\u8A00\u5185\u5BB9",
    "\u8F6C\u5199\u6587\u672C",
    "\u8BC6\u522B\u6587\u672C",
    "\u6587\u5B57",
    "\u5167\u5BB9",
    "\u8A71\u8A9E",
    "\u5C0D\u8A71\u5167\u5BB9",
    "\u767C\u8A00\u5167\u5BB9",
    "\u8F49\u5BEB\u6587\u672C"
  ],
  start: [
    "start",
    "start_time",
    "starttime",
    "start_sec",
    "start_seconds",
    "start_ms",
    "start_offset",
    "begin",
    "begin_time",
    "begin_offset",
    "begin_offset_millis",
    "offset",
    "from_time",
    "time",
    "timestamp",
    "start_timestamp",
    "\u043D\u0430\u0447\u0430\u043B\u043E",
    "\u0432\u0440\u0435\u043C\u044F",
    "\u0432\u0440\u0435\u043C\u044F \u043D\u0430\u0447\u0430\u043B\u0430",
    "\u0441\u0442\u0430\u0440\u0442",
    "\u043D\u0430\u0447\u0430\u043B\u043E, \u0441",
    "\u043C\u0435\u0442\u043A\u0430 \u0432\u0440\u0435\u043C\u0435\u043D\u0438",
    "\u5F00\u59CB",
    "\u5F00\u59CB\u65F6\u95F4",
    "\u8D77\u59CB\u65F6\u95F4",
    "\u65F6\u95F4",
    "\u65F6\u95F4\u6233",
    "\u958B\u59CB",
    "\u958B\u59CB\u6642\u9593",
    "\u8D77\u59CB\u6642\u9593",
    "\u6642\u9593"
  ],
  end: [
    "end",
    "end_time",
    "endtime",
    "end_sec",
    "end_seconds",
    "end_ms",
    "end_offset",
    "end_offset_millis",
    "stop",
    "stop_time",
    "to_time",
    "finish",
    "\u043A\u043E\u043D\u0435\u0446",
    "\u043E\u043A\u043E\u043D\u0447\u0430\u043D\u0438\u0435",
    "\u0432\u0440\u0435\u043C\u044F \u043E\u043A\u043E\u043D\u0447\u0430\u043D\u0438\u044F",
    "\u0432\u0440\u0435\u043C\u044F \u043A\u043E\u043D\u0446\u0430",
    "\u7ED3\u675F",
    "\u7ED3\u675F\u65F6\u95F4",
    "\u7D42\u6B62\u6642\u9593",
    "\u7D50\u675F",
    "\u7D50\u675F\u6642\u9593"
  ],
  agent: [
    "agent",
    "agent_name",
    "agent_id",
    "operator",
    "operator_name",
    "employee",
    "rep",
    "representative",
    "\u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440",
    "\u0438\u043C\u044F \u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440\u0430",
    "\u0444\u0438\u043E \u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440\u0430",
    "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A",
    "\u0430\u0433\u0435\u043D\u0442",
    "\u043C\u0435\u043D\u0435\u0434\u0436\u0435\u0440",
    "\u5750\u5E2D",
    "\u5BA2\u670D",
    "\u5750\u5E2D\u59D3\u540D",
    "\u5BA2\u670D\u59D3\u540D",
    "\u5750\u5E2D\u5DE5\u53F7",
    "\u5BA2\u670D\u5DE5\u53F7",
    "\u5EA7\u5E2D",
    "\u5BA2\u670D\u4EBA\u54E1",
    "\u5BA2\u670D\u59D3\u540D"
  ]
};
function fieldKey(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[\s_\-.()\uff08\uff09:\uff1a,]+/gu, "");
}
var KNOWN = /* @__PURE__ */ new Map();
for (const kind of Object.keys(FIELD_NAMES)) {
  for (const n of FIELD_NAMES[kind])
    if (!KNOWN.has(fieldKey(n)))
      KNOWN.set(fieldKey(n), kind);
}
function knownField(name) {
  const memo = KNOWN_FIELD_MEMO.get(name);
  if (memo !== void 0)
    return memo ?? void 0;
  const key = fieldKey(name);
  const kind = KNOWN.get(key) ?? KNOWN.get(fieldKey(name.replace(UNIT_SUFFIX, "")));
  if (KNOWN_FIELD_MEMO.size < 2e3 && name.length <= 64)
    KNOWN_FIELD_MEMO.set(ownCopy(name), kind ?? null);
  return kind;
}
var KNOWN_FIELD_MEMO = /* @__PURE__ */ new Map();
var UNIT_SUFFIX = /[\s,_(\uff08\[]*(?:s|sec|secs|seconds|ms|millis|milliseconds|\u0441|\u0441\u0435\u043a|\u043c\u0441|\u79d2|\u6beb\u79d2)[)\uff09\]]?\s*$/iu;
function mapColumns(names, overrides, located) {
  const out = {};
  const taken = /* @__PURE__ */ new Set();
  for (const [kind, name] of Object.entries(overrides ?? {})) {
    if (name === void 0)
      continue;
    const exact = names.indexOf(name);
    const i = exact !== -1 ? exact : names.findIndex((n) => fieldKey(n) === fieldKey(name));
    if (i === -1)
      throw located(`column "${name}" (csv.${kind}) not found; columns: ${names.map((n) => JSON.stringify(n)).join(", ")}`);
    out[kind] = i;
    taken.add(i);
  }
  names.forEach((n, i) => {
    if (taken.has(i))
      return;
    const kind = knownField(n);
    if (kind !== void 0 && out[kind] === void 0) {
      out[kind] = i;
      taken.add(i);
    }
  });
  return out;
}
var FIELD_SLOT = { callId: 0, speaker: 1, role: 2, text: 3, start: 4, end: 5, agent: 6 };
function fieldsOf(found2) {
  const f = {};
  if (found2[0] !== void 0)
    f.callId = found2[0];
  if (found2[1] !== void 0)
    f.speaker = found2[1];
  if (found2[2] !== void 0)
    f.role = found2[2];
  if (found2[3] !== void 0)
    f.text = found2[3];
  if (found2[4] !== void 0)
    f.start = found2[4];
  if (found2[5] !== void 0)
    f.end = found2[5];
  if (found2[6] !== void 0)
    f.agent = found2[6];
  return f;
}
var CLOCK = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
var MILLIS_COLUMN = /* @__PURE__ */ new Map();
function readTime(f, located) {
  const v = f.value.trim();
  if (v === "")
    return void 0;
  let millis = MILLIS_COLUMN.get(f.name);
  if (millis === void 0) {
    millis = /(?:^|[^\p{L}])(?:ms|\u043c\u0441)[)\uff09\]]?$|millis|msec|\u6beb\u79d2/iu.test(f.name.trim()) || /ms$/i.test(fieldKey(f.name));
    MILLIS_COLUMN.set(f.name, millis);
  }
  let m;
  if (/^-?\d+(?:[.,]\d+)?$/.test(v)) {
    const n = Number(v.replace(",", "."));
    return { value: millis ? n / 1e3 : n, absolute: false };
  }
  if (m = /^(\d+(?:[.,]\d+)?)\s*(ms|s|\u0441|\u043c\u0441|\u79d2|\u6beb\u79d2)$/i.exec(v)) {
    const n = Number(m[1].replace(",", "."));
    return { value: /ms|\u043c\u0441|\u6beb\u79d2/i.test(m[2]) ? n / 1e3 : n, absolute: false };
  }
  if (m = CLOCK.exec(v)) {
    return { value: Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3].replace(",", ".")), absolute: false };
  }
  if (DATE_TIME.test(v)) {
    const t = Date.parse(v.replace(" ", "T").replace(",", "."));
    if (!Number.isNaN(t))
      return { value: t / 1e3, absolute: true };
  }
  throw located(f.offset, `invalid time ${JSON.stringify(v)} in "${f.name}" (expected seconds, 00:01:02.5 or a date-time)`);
}
var labelCache = /* @__PURE__ */ new WeakMap();
function labelsOf(labels) {
  let m = labelCache.get(labels);
  if (!m) {
    m = compileLabels(labels);
    labelCache.set(labels, m);
  }
  return m;
}
function rowsToCalls(rows, located, opts) {
  const calls = /* @__PURE__ */ new Map();
  const order = [];
  for (const row of rows) {
    const f = row.fields;
    const id = f.callId?.value.trim() ?? "";
    const key = f.callId ? id : "\0";
    let entry = calls.get(key);
    if (!entry) {
      entry = { call: { id: f.callId ? id : null, turns: [] }, times: [] };
      calls.set(key, entry);
      order.push(entry);
    }
    const agentName = f.agent?.value.trim();
    if (entry.call.agent === void 0 && agentName)
      entry.call.agent = agentName;
    const text = f.text;
    if (!text)
      continue;
    const speakerName = f.speaker?.value.trim() || void 0;
    const roleName = f.role?.value.trim() || void 0;
    const turn = {
      speaker: speakerName ?? roleName ?? null,
      text: text.value,
      sourceOffset: text.verbatimOffset,
      anchorOffset: text.offset
    };
    if (text.verbatimOffset === null && text.map)
      turn.sourceMap = text.map;
    if (roleName !== void 0)
      turn.role = roleOfName(roleName, opts.labels) ?? "unknown";
    let start = f.start ? readTime(f.start, located) : void 0;
    if (speakerName === void 0 && roleName === void 0) {
      const m = labelsOf(opts.labels).regex.exec(turn.text);
      if (m) {
        turn.speaker = m[2];
        turn.text = turn.text.slice(m[0].length);
        if (turn.sourceOffset !== null)
          turn.sourceOffset += m[0].length;
        if (turn.sourceMap)
          turn.sourceMap = sliceMap(turn.sourceMap, m[0].length, m[0].length + turn.text.length);
        if (start === void 0 && m[1] !== void 0)
          start = { value: parseClock(m[1]), absolute: false };
      }
    }
    entry.call.turns.push(turn);
    entry.times.push([turn, start, f.end ? readTime(f.end, located) : void 0]);
  }
  for (const { times } of order) {
    let origin = Infinity;
    for (const [, s, e] of times)
      for (const t of [s, e])
        if (t?.absolute)
          origin = Math.min(origin, t.value);
    const rel = (t) => seconds(t.absolute ? t.value - origin : t.value);
    for (const [turn, s, e] of times) {
      if (s)
        turn.startTime = rel(s);
      if (e)
        turn.endTime = rel(e);
    }
  }
  return order.map((e) => e.call);
}
function documentOfRecords(text, format, rows, opts) {
  return buildDocument(text, format, rowsToCalls(rows, (o, m) => TranscriptError.at(opts.probe.lines, o, m), { labels: opts.labels }), opts);
}

// dist/input/formats/csv.js
var DELIMITERS = [",", ";", "	", "|"];
function splitDelimited(text, delim, lines, from = 0) {
  const rows = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    const rowStart = i;
    const fields = [];
    for (; ; ) {
      const start = i;
      if (text[i] === '"') {
        let j = i + 1;
        let doubled = false;
        for (; ; ) {
          const q = text.indexOf('"', j);
          if (q === -1)
            throw TranscriptError.at(lines(), start, "unterminated quoted field");
          if (text[q + 1] === '"') {
            doubled = true;
            j = q + 2;
            continue;
          }
          j = q;
          break;
        }
        const raw = text.slice(i + 1, j);
        if (doubled) {
          const map = new SourceMapBuilder();
          for (let k = i + 1; k < j; k++) {
            map.unit(k, text[k] === '"' ? k + 2 : k + 1);
            if (text[k] === '"')
              k++;
          }
          fields.push({ start, verbatim: null, value: raw.replace(/""/g, '"'), map: map.build() });
        } else
          fields.push({ start, verbatim: i + 1, value: raw });
        i = j + 1;
        const c = text[i];
        if (c !== void 0 && c !== delim && c !== "\n" && c !== "\r")
          throw TranscriptError.at(lines(), i, `unexpected ${JSON.stringify(c)} after a closing quote (expected the delimiter or a line end)`);
      } else {
        let j = i;
        while (j < n && text[j] !== delim && text[j] !== "\n" && text[j] !== "\r")
          j++;
        fields.push({ start, verbatim: i, value: text.slice(i, j) });
        i = j;
      }
      if (text[i] === delim) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r")
      i++;
    if (text[i] === "\n")
      i++;
    rows.push({ start: rowStart, fields });
  }
  return rows;
}
function headerCells(line, delim) {
  return line.split(delim).map((c) => {
    const t = c.trim();
    return t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34 ? t.slice(1, -1) : t;
  });
}
function guessDelimiter(header, filePath) {
  let best = { delim: filePath !== void 0 && /\.tsv$/i.test(filePath) ? "	" : ",", known: 0 };
  for (const d of DELIMITERS) {
    const cells = headerCells(header, d);
    if (cells.length < 2)
      continue;
    const kinds = cells.map(knownField);
    if (!kinds.includes("text"))
      continue;
    const known2 = new Set(kinds.filter((k) => k !== void 0)).size;
    if (known2 > best.known)
      best = { delim: d, known: known2 };
  }
  return best;
}
function delimitedRecords(text, opts, forced) {
  const lines = () => opts.probe.lines;
  const headerMatch = /^[ \t]*\S[^\r\n]*/m.exec(text);
  if (!headerMatch)
    throw new TranscriptError("empty CSV file (no header row)");
  const headerStart = headerMatch.index;
  const delim = forced ?? guessDelimiter(headerMatch[0], opts.filePath).delim;
  const rows = splitDelimited(text, delim, lines, headerStart);
  const header = rows.shift();
  const names = header.fields.map((f) => f.value.trim());
  const at = (offset, message) => TranscriptError.at(lines(), offset, message);
  const columns2 = mapColumns(names, opts.csv, (m) => at(header.start, m));
  if (columns2.text === void 0) {
    throw at(header.start, `no text column in the header (${names.map((n) => JSON.stringify(n)).join(", ")}); expected one of text, transcript, utterance, content, \u0442\u0435\u043A\u0441\u0442, \u0440\u0435\u043F\u043B\u0438\u043A\u0430, \u6587\u672C, \u5185\u5BB9\u2026 or name it with the csv.text option`);
  }
  const records = [];
  const wanted = Object.entries(columns2);
  for (const row of rows) {
    if (row.fields.length === 1 && row.fields[0].value.trim() === "")
      continue;
    if (row.fields.length !== names.length) {
      throw at(row.start, `row has ${row.fields.length} field${row.fields.length === 1 ? "" : "s"}, the header has ${names.length}`);
    }
    const found2 = [];
    for (const [kind, index] of wanted) {
      const f = row.fields[index];
      const value = { value: f.value, verbatimOffset: f.verbatim, offset: f.start, name: names[index] };
      if (f.map)
        value.map = f.map;
      found2[FIELD_SLOT[kind]] = value;
    }
    records.push({ start: row.start, fields: fieldsOf(found2) });
  }
  return records;
}
function parseDelimitedDocument(text, opts, forced, format) {
  return documentOfRecords(text, format, delimitedRecords(text, opts, forced), opts);
}
var csv = {
  name: "csv",
  description: "CSV with a header (call id, speaker/role, text, start/end columns; one call per call id); delimiter , ; tab or |",
  detect: (_text, filePath, probe) => {
    if (filePath !== void 0 && /\.csv$/i.test(filePath))
      return true;
    if (filePath !== void 0 && /\.tsv$/i.test(filePath))
      return false;
    return guessDelimiter(probe.firstLine(), filePath).known >= 2;
  },
  records: (text, opts) => delimitedRecords(text, opts, void 0),
  parse: (text, opts) => parseDelimitedDocument(text, opts, void 0, "csv")
};

// dist/input/formats/deepgram.js
var deepgram = {
  name: "deepgram",
  description: "Deepgram JSON (results.utterances[] with speaker and channel)",
  detect: (_text, _path, probe) => {
    const v = probe.json();
    return isObject(v) && isObject(v.results) && (Array.isArray(v.results.utterances) || Array.isArray(v.results.channels));
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const results = doc.value.results;
    const turns = [];
    const utterances = arr(results.utterances);
    if (utterances) {
      const channels = /* @__PURE__ */ new Set();
      const speakersPerChannel = /* @__PURE__ */ new Map();
      for (const u of utterances) {
        if (!isObject(u))
          continue;
        const ch = num(u.channel) ?? 0;
        channels.add(ch);
        const sp = num(u.speaker);
        if (sp !== void 0) {
          if (!speakersPerChannel.has(ch))
            speakersPerChannel.set(ch, /* @__PURE__ */ new Set());
          speakersPerChannel.get(ch).add(sp);
        }
      }
      const multichannel = channels.size > 1;
      utterances.forEach((u, i) => {
        if (!isObject(u) || typeof u.transcript !== "string")
          return;
        const ch = num(u.channel) ?? 0;
        const sp = num(u.speaker);
        let speaker;
        if (multichannel)
          speaker = (speakersPerChannel.get(ch)?.size ?? 0) > 1 && sp !== void 0 ? `ch_${ch}/spk_${sp}` : `ch_${ch}`;
        else
          speaker = sp !== void 0 ? `spk_${sp}` : null;
        const turn = { speaker, text: u.transcript, ...textAt(doc, ["results", "utterances", i, "transcript"], ["results", "utterances", i]), channel: ch };
        const start = num(u.start);
        const end = num(u.end);
        if (start !== void 0)
          turn.startTime = seconds(start);
        if (end !== void 0)
          turn.endTime = seconds(end);
        turns.push(turn);
      });
    } else {
      const channels = arr(results.channels) ?? [];
      channels.forEach((c, ci) => {
        const alt = isObject(c) ? arr(c.alternatives)?.[0] : void 0;
        const transcript = isObject(alt) ? str(alt.transcript) : void 0;
        if (transcript === void 0)
          return;
        turns.push({
          speaker: channels.length > 1 ? `ch_${ci}` : null,
          text: transcript,
          ...textAt(doc, ["results", "channels", ci, "alternatives", 0, "transcript"], ["results", "channels", ci]),
          channel: ci
        });
      });
    }
    return buildDocument(text, "deepgram", [{ id: null, turns }], opts);
  }
};

// dist/input/formats/json-records.js
function fieldOf(key, opts) {
  const overrides = opts.csv;
  if (overrides) {
    for (const [kind, name] of Object.entries(overrides)) {
      if (name !== void 0 && (name === key || fieldKey(name) === fieldKey(key)))
        return kind;
    }
  }
  return knownField(key);
}
function recordOf(obj, path, doc, opts, inherited = {}) {
  const found2 = [];
  const members = doc.membersOf(path);
  for (const key in obj) {
    if (!Object.hasOwn(obj, key))
      continue;
    const value = obj[key];
    const kind = fieldOf(key, opts);
    if (kind === void 0)
      continue;
    const slot = FIELD_SLOT[kind];
    if (found2[slot] !== void 0)
      continue;
    if (typeof value !== "string" && typeof value !== "number")
      continue;
    const m = members.member(key);
    const field = {
      value: String(value),
      verbatimOffset: typeof value === "string" ? m.stringOffset : null,
      offset: m.offset ?? 0,
      name: key
    };
    if (typeof value === "string" && m.map)
      field.map = m.map;
    found2[slot] = field;
  }
  for (const kind of FIELD_KINDS)
    if (found2[FIELD_SLOT[kind]] === void 0)
      found2[FIELD_SLOT[kind]] = inherited[kind];
  return { start: members.offset ?? 0, fields: fieldsOf(found2) };
}
var FIELD_KINDS = Object.keys(FIELD_SLOT);
var TURN_ARRAYS = ["turns", "messages", "utterances", "entries", "segments", "transcript", "dialog", "dialogue", "conversation", "replicas", "\u0440\u0435\u043F\u043B\u0438\u043A\u0438", "\u5BF9\u8BDD", "\u5C0D\u8A71"];
function hasTextField(v, opts) {
  return isObject(v) && Object.keys(v).some((k) => fieldOf(k, opts) === "text" && typeof v[k] === "string");
}
function turnArrayKey(obj, opts) {
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v) && TURN_ARRAYS.includes(k.toLowerCase()) && (v.length === 0 || hasTextField(v[0], opts)))
      return k;
  }
  return void 0;
}
function recordOfLine(doc, opts) {
  return recordOf(doc.value, [], doc, opts);
}

// dist/input/formats/json.js
var jsonRecords = {
  name: "json",
  description: "JSON array of turn objects, or of calls holding one (turns/messages/utterances\u2026); other JSON is refused with its syntax error",
  detect: (text, filePath, probe) => {
    if (filePath !== void 0 && /\.json$/i.test(filePath))
      return true;
    if (probe.json() !== void 0)
      return true;
    return /^\s*(?:\{(?!\{)|\[\s*[{["\]])/.test(text);
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const lines = () => opts.probe.lines;
    const root = doc.value;
    const records = [];
    const located = (o, m) => TranscriptError.at(lines(), o, m);
    const addCall = (obj, path, key, position) => {
      const callFields = recordOf(obj, path, doc, opts).fields;
      const inherited = {};
      if (callFields.callId)
        inherited.callId = callFields.callId;
      else if (position !== void 0)
        inherited.callId = { value: String(position + 1), verbatimOffset: null, offset: doc.offsetOf(path) ?? 0, name: "#" };
      if (callFields.agent)
        inherited.agent = callFields.agent;
      const turns = obj[key];
      if (turns.length === 0 && inherited.callId)
        records.push({ start: doc.offsetOf(path) ?? 0, fields: inherited });
      turns.forEach((t, i) => {
        if (isObject(t))
          records.push(recordOf(t, [...path, key, i], doc, opts, inherited));
      });
    };
    if (Array.isArray(root) && root.every((r) => isObject(r) && hasTextField(r, opts))) {
      root.forEach((r, i) => records.push(recordOf(r, [i], doc, opts)));
    } else if (Array.isArray(root) && root.length > 0 && root.every((r) => isObject(r) && turnArrayKey(r, opts) !== void 0)) {
      root.forEach((r, i) => addCall(r, [i], turnArrayKey(r, opts), i));
    } else if (isObject(root) && turnArrayKey(root, opts) !== void 0) {
      addCall(root, [], turnArrayKey(root, opts));
    } else {
      throw located(doc.offsetOf([]) ?? 0, "unrecognised JSON transcript: expected Amazon Transcribe, Contact Lens, Deepgram, AssemblyAI, Whisper or CCAI output, or an array of {speaker, text} turns (see docs/inputs.md); force a format with --input-format");
    }
    return buildDocument(text, "json", rowsToCalls(records, located, { labels: opts.labels }), opts);
  }
};

// dist/input/formats/jsonl.js
var jsonl = {
  name: "jsonl",
  description: "JSON Lines: one turn object per line (the CSV field names; one call per call id)",
  detect: (text, filePath, probe) => {
    if (filePath !== void 0 && /\.(jsonl|ndjson)$/i.test(filePath))
      return true;
    if (probe.json() !== void 0)
      return false;
    const first = probe.firstLine();
    if (!first.startsWith("{"))
      return false;
    try {
      return isObject(JSON.parse(first)) && /\n\s*\{/.test(text);
    } catch {
      return false;
    }
  },
  records: jsonlRecords,
  parse: (text, opts) => documentOfRecords(text, "jsonl", jsonlRecords(text, opts), opts)
};
function jsonlRecords(text, opts) {
  const lines = () => opts.probe.lines;
  const records = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim() !== "") {
      const doc = JsonDoc.parse(line, lines, start);
      if (!isObject(doc.value)) {
        throw TranscriptError.at(lines(), start + (/\S/.exec(line)?.index ?? 0), "expected one JSON object per line");
      }
      records.push(recordOfLine(doc, opts));
    }
    if (nl === -1)
      break;
    start = nl + 1;
  }
  return records;
}

// dist/input/formats/cues.js
function splitLines(text) {
  const out = [];
  let start = 0;
  for (let no = 1; ; no++) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === "\r" ? end - 1 : end;
    out.push({ start, end: lineEnd, text: text.slice(start, lineEnd), no });
    if (nl === -1)
      return out;
    start = nl + 1;
  }
}
function timestamp(s, vtt) {
  const m = vtt ? /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(s) : /^(\d{1,3}):([0-5]?\d):([0-5]?\d)[,.](\d{1,3})$/.exec(s);
  if (!m)
    return void 0;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4].padEnd(3, "0")) / 1e3;
}
var TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;
function blank(s) {
  return s.includes("\n") || s.includes("\r") ? s.replace(/[^\n\r]/g, " ") : " ".repeat(s.length);
}
var TAGS = /<\/?[A-Za-z][^>\n]*>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>|\{\\[^}\n]*\}/g;
var VOICES = /<v(?:\.[^\s>]+)*[ \t]+([^>\n]+)>/g;
var GENERIC_SPEAKER2 = /^[ \t]*(?:-[ \t]*)?(\[?(?:SPEAKER[ _]?\d+|Speaker[ _]?\d+|spk_\d+|\u0421\u043f\u0438\u043a\u0435\u0440[ _]?\d+|\u0413\u043e\u0432\u043e\u0440\u044f\u0449\u0438\u0439[ _]?\d+|\u8bf4\u8bdd\u4eba[ _]?\d+|\u8aaa\u8a71\u4eba[ _]?\d+)\]?)[ \t]*[:\uff1a][ \t]?/iu;
function blankTags(raw) {
  let out = "";
  let last = 0;
  TAGS.lastIndex = 0;
  for (let m = TAGS.exec(raw); m !== null; m = TAGS.exec(raw)) {
    out += raw.slice(last, m.index) + blank(m[0]);
    last = m.index + m[0].length;
  }
  return last === 0 ? raw : out + raw.slice(last);
}
var NO_VOICES = [];
function voiceTags(raw) {
  let out = null;
  VOICES.lastIndex = 0;
  for (let m = VOICES.exec(raw); m !== null; m = VOICES.exec(raw))
    (out ??= []).push({ index: m.index, name: m[1] });
  return out ?? NO_VOICES;
}
var labelCache2 = /* @__PURE__ */ new WeakMap();
function cueLabel(text, labels) {
  let m = labelCache2.get(labels);
  if (!m) {
    m = compileLabels(labels);
    labelCache2.set(labels, m);
  }
  const dash = /^[ \t]*-[ \t]*/.exec(text)?.[0].length ?? 0;
  const known2 = m.regex.exec(text.slice(dash));
  if (known2)
    return { speaker: known2[2], length: dash + known2[0].length };
  const g = GENERIC_SPEAKER2.exec(text);
  if (g)
    return { speaker: g[1].replace(/^\[|\]$/g, ""), length: g[0].length };
  return void 0;
}
function parseCues(text, opts, vtt) {
  const lines = splitLines(text);
  const turns = [];
  let i = 0;
  const err = (line, col, message) => new TranscriptError(message, line.no, col + 1);
  if (vtt) {
    const head = lines[0];
    if (!head || !/^(?:\uFEFF)?WEBVTT(?:[ \t].*)?$/.test(head.text))
      throw err(head ?? { start: 0, end: 0, text: "", no: 1 }, 0, 'a WebVTT file must start with "WEBVTT"');
    while (i < lines.length && lines[i].text.trim() !== "")
      i++;
  }
  while (i < lines.length) {
    while (i < lines.length && lines[i].text.trim() === "")
      i++;
    if (i >= lines.length)
      break;
    const blockStart = i;
    let end = i;
    while (end < lines.length && lines[end].text.trim() !== "")
      end++;
    const block = lines.slice(blockStart, end);
    i = end;
    if (vtt && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0].text))
      continue;
    const t = block.findIndex((l) => l.text.includes("-->"));
    if (t === -1 || t > 1) {
      const at = block[Math.min(1, block.length - 1)];
      if (!vtt && block.length >= 1 && !/^\d+\s*$/.test(block[0].text))
        throw err(block[0], 0, `expected a cue number or a timing line ("00:00:01,000 --> 00:00:04,000"), found ${JSON.stringify(block[0].text.slice(0, 40))}`);
      throw err(at, 0, `expected a cue timing line ("${vtt ? "00:01.000 --> 00:04.000" : "00:00:01,000 --> 00:00:04,000"}")`);
    }
    const timingLine = block[t];
    const m = TIMING.exec(timingLine.text.trim());
    const lead = timingLine.text.length - timingLine.text.trimStart().length;
    if (!m)
      throw err(timingLine, lead, `invalid cue timing ${JSON.stringify(timingLine.text.trim())}`);
    const start = timestamp(m[1], vtt);
    if (start === void 0)
      throw err(timingLine, lead, `invalid start time ${JSON.stringify(m[1])}`);
    const endTime = timestamp(m[2], vtt);
    const endCol = timingLine.text.indexOf(m[2], lead + m[1].length);
    if (endTime === void 0)
      throw err(timingLine, endCol, `invalid end time ${JSON.stringify(m[2])}`);
    if (endTime < start)
      throw err(timingLine, endCol, `cue ends (${m[2]}) before it starts (${m[1]})`);
    const textLines = block.slice(t + 1);
    if (textLines.length === 0)
      continue;
    const from = textLines[0].start;
    const to = textLines[textLines.length - 1].end;
    const raw = text.slice(from, to);
    const markup = raw.includes("<") || raw.includes("{");
    const cueText = markup ? blankTags(raw) : raw;
    const anchor = block[0].start;
    const voices = vtt && markup ? voiceTags(raw) : NO_VOICES;
    if (voices.length > 0) {
      if (voices[0].index > 0 && cueText.slice(0, voices[0].index).trim() !== "") {
        turns.push({ speaker: null, text: cueText.slice(0, voices[0].index), sourceOffset: from, anchorOffset: anchor, startTime: start, endTime });
      }
      voices.forEach((v, k) => {
        const a = v.index;
        const b = k + 1 < voices.length ? voices[k + 1].index : cueText.length;
        turns.push({ speaker: v.name.trim(), text: cueText.slice(a, b), sourceOffset: from + a, anchorOffset: anchor, startTime: start, endTime });
      });
      continue;
    }
    const label = cueLabel(cueText, opts.labels);
    if (label)
      turns.push({ speaker: label.speaker, text: cueText.slice(label.length), sourceOffset: from + label.length, anchorOffset: anchor, startTime: start, endTime });
    else
      turns.push({ speaker: null, text: cueText, sourceOffset: from, anchorOffset: anchor, startTime: start, endTime });
  }
  return turns;
}

// dist/input/formats/srt.js
var srt = {
  name: "srt",
  description: "SubRip subtitles (.srt): one turn per cue; speaker labels at the start of a cue are read",
  detect: (text, filePath) => filePath !== void 0 && /\.srt$/i.test(filePath) || /^\s*\d+[ \t]*\r?\n[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->/.test(text),
  parse: (text, opts) => buildDocument(text, "srt", [{ id: null, turns: parseCues(text, opts, false) }], opts)
};

// dist/input/formats/tsv.js
var tsv = {
  name: "tsv",
  description: "Tab-separated values with a header (the same columns as csv)",
  detect: (_text, filePath) => filePath !== void 0 && /\.tsv$/i.test(filePath),
  records: (text, opts) => delimitedRecords(text, opts, "	"),
  parse: (text, opts) => parseDelimitedDocument(text, opts, "	", "tsv")
};

// dist/input/formats/webvtt.js
var webvtt = {
  name: "webvtt",
  description: "WebVTT subtitles (.vtt): one turn per cue; voice tags <v Name> give the speaker",
  detect: (text, filePath) => filePath !== void 0 && /\.vtt$/i.test(filePath) || /^(?:\uFEFF)?WEBVTT(?:[ \t\r\n]|$)/.test(text),
  parse: (text, opts) => buildDocument(text, "webvtt", [{ id: null, turns: parseCues(text, opts, true) }], opts)
};

// dist/input/formats/whisper.js
var whisper = {
  name: "whisper",
  description: "OpenAI Whisper JSON (segments[] with start/end seconds; WhisperX speaker kept)",
  detect: (_text, _path, probe) => {
    const v = probe.json();
    if (!isObject(v) || !Array.isArray(v.segments))
      return false;
    const first = v.segments[0];
    return v.segments.length === 0 ? typeof v.text === "string" : isObject(first) && typeof first.text === "string" && num(first.start) !== void 0;
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const root = doc.value;
    const turns = [];
    arr(root.segments)?.forEach((s, i) => {
      if (!isObject(s) || typeof s.text !== "string")
        return;
      const sp = s.speaker;
      const turn = {
        speaker: typeof sp === "string" || typeof sp === "number" ? String(sp) : null,
        text: s.text,
        ...textAt(doc, ["segments", i, "text"], ["segments", i])
      };
      const start = num(s.start);
      const end = num(s.end);
      if (start !== void 0)
        turn.startTime = seconds(start);
      if (end !== void 0)
        turn.endTime = seconds(end);
      turns.push(turn);
    });
    return buildDocument(text, "whisper", [{ id: null, turns }], opts);
  }
};

// dist/input/markdown.js
function blank2(s) {
  return s.replace(/[^\n]/g, " ");
}
function markdownVisibleText(source) {
  let text = source;
  text = text.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/, blank2);
  text = text.replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[ \t]*$|(?![\s\S]))/gm, blank2);
  text = text.replace(/<!--[\s\S]*?-->/g, blank2);
  text = text.replace(/<\/?[A-Za-z][^>\n]*>/g, blank2);
  text = text.replace(/^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$/gm, blank2);
  text = text.replace(/(`+)[^`\n][\s\S]*?\1/g, blank2);
  text = text.replace(/(\]\()([^)\n]*)(\))/g, (_, a, b, c) => blank2(a) + blank2(b) + blank2(c));
  text = text.replace(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank2);
  return text;
}

// dist/engine/directives.js
var DEFAULT_DIRECTIVE_MARKER = "#";
var UNUSED_DIRECTIVE_RULE = "talklint/unused-directive";
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var markerRegexes = /* @__PURE__ */ new Map();
function plainDirectiveRegex(marker) {
  let re = markerRegexes.get(marker);
  if (!re) {
    re = new RegExp(`(?<=^|[ \\t])${escapeRegex(marker)}[ \\t]*talklint-(disable-next-line|disable-line|disable|enable)(?![\\p{L}\\p{N}_-])([^\\n\\r]*)`, "gmu");
    markerRegexes.set(marker, re);
  }
  return re;
}
function plainDirectiveSpans(text, marker) {
  if (marker === "" || !text.includes("talklint-"))
    return [];
  const re = plainDirectiveRegex(marker);
  const out = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      lineStart,
      wholeLine: text.slice(lineStart, m.index).trim() === "",
      kind: m[1],
      rest: m[2]
    });
  }
  return out;
}
function blankPlainDirectives(text, marker) {
  const spans = plainDirectiveSpans(text, marker);
  const directiveLines = /* @__PURE__ */ new Set();
  if (spans.length === 0)
    return { text, directiveLines };
  let out = "";
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + " ".repeat(s.end - s.start);
    last = s.end;
    if (s.wholeLine)
      directiveLines.add(s.lineStart);
  }
  return { text: out + text.slice(last), directiveLines };
}
function parseDirectiveBody(rest) {
  const sep3 = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ids = sep3 ? rest.slice(0, sep3.index) : rest;
  const reason = sep3 ? rest.slice(sep3.index + sep3[0].length).trim() : "";
  return { rules: ids.split(/[\s,]+/).filter(Boolean), reason };
}
function blank3(s) {
  return s.replace(/[^\n]/g, " ");
}
function markdownWithoutCode(source) {
  let text = source.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/, blank3);
  text = text.replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[ \t]*$|(?![\s\S]))/gm, blank3);
  return text.replace(/(`+)[^`\n][\s\S]*?\1/g, blank3);
}
var MARKDOWN_DIRECTIVE = /^\s*talklint-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{N}_-])([\s\S]*?)\s*$/u;
function readDirectives(source, format, lines, marker = DEFAULT_DIRECTIVE_MARKER) {
  if (!source.includes("talklint-"))
    return [];
  const out = [];
  const add = (kind, rest, offset, endOffset) => {
    const { rules, reason } = parseDirectiveBody(rest);
    out.push({ kind, rules, reason, text: source.slice(offset, endOffset), offset, endOffset, line: lines.locate(offset).line, endLine: lines.locate(endOffset).line });
  };
  if (format === "markdown") {
    const scan = markdownWithoutCode(source);
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(scan); m !== null; m = re.exec(scan)) {
      const d = MARKDOWN_DIRECTIVE.exec(m[1]);
      if (d)
        add(d[1], d[2], m.index, m.index + m[0].length);
    }
  } else if (format === "text") {
    for (const s of plainDirectiveSpans(source, marker))
      add(s.kind, s.rest, s.start, s.end);
  }
  return out;
}
var globCache = /* @__PURE__ */ new Map();
function ruleMatches(pattern2, ruleId) {
  if (!/[*?]/.test(pattern2))
    return pattern2 === ruleId;
  let re = globCache.get(pattern2);
  if (!re) {
    re = new RegExp("^" + pattern2.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : escapeRegex(c)).join("") + "$", "s");
    globCache.set(pattern2, re);
  }
  return re.test(ruleId);
}
function patternFor(dir, ruleId) {
  return dir.rules.length === 0 ? "" : dir.rules.find((p) => ruleMatches(p, ruleId));
}
function applyDirectives(diagnostics, directives, lines, reportUnused = "off") {
  if (directives.length === 0)
    return { diagnostics: [...diagnostics], suppressed: [] };
  const usage = new Map(directives.map((d) => [d, { directive: d, used: /* @__PURE__ */ new Set() }]));
  const blocks = directives.filter((d) => d.kind === "disable" || d.kind === "enable").sort((a, b) => a.offset - b.offset);
  const byLine = /* @__PURE__ */ new Map();
  for (const dir of directives) {
    const target = dir.kind === "disable-line" ? dir.line : dir.kind === "disable-next-line" ? dir.endLine + 1 : -1;
    if (target === -1)
      continue;
    let list = byLine.get(target);
    if (!list)
      byLine.set(target, list = []);
    list.push(dir);
  }
  const state = /* @__PURE__ */ new Map();
  for (const d of diagnostics)
    state.set(d.ruleId, null);
  const order = diagnostics.map((_, i) => i).sort((a, b) => diagnostics[a].offset - diagnostics[b].offset || a - b);
  const hiders = new Array(diagnostics.length).fill(null);
  let next = 0;
  for (const i of order) {
    const d = diagnostics[i];
    for (; next < blocks.length && blocks[next].offset <= d.offset; next++) {
      const dir = blocks[next];
      for (const ruleId of state.keys()) {
        const pattern2 = patternFor(dir, ruleId);
        if (pattern2 !== void 0)
          state.set(ruleId, dir.kind === "disable" ? { directive: dir, pattern: pattern2 } : null);
      }
    }
    let by = null;
    for (const dir of byLine.get(d.line) ?? []) {
      const pattern2 = patternFor(dir, d.ruleId);
      if (pattern2 !== void 0) {
        by = { directive: dir, pattern: pattern2 };
        break;
      }
    }
    hiders[i] = by ?? state.get(d.ruleId) ?? null;
  }
  const kept = [];
  const suppressed = [];
  diagnostics.forEach((d, i) => {
    const by = hiders[i];
    if (!by) {
      kept.push(d);
      return;
    }
    usage.get(by.directive).used.add(by.pattern);
    suppressed.push({ ...d, suppressions: [{ kind: "directive", justification: by.directive.reason }] });
  });
  if (reportUnused !== "off") {
    const enables = unusedEnables(blocks);
    for (const dir of directives) {
      const message = dir.kind === "enable" ? enables.get(dir) ?? null : unusedDisable(dir, usage.get(dir).used);
      if (message === null)
        continue;
      const start = lines.locate(dir.offset);
      const end = lines.locate(dir.endOffset);
      kept.push({
        ruleId: UNUSED_DIRECTIVE_RULE,
        severity: reportUnused,
        message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: dir.offset,
        endOffset: dir.endOffset,
        matchedText: dir.text,
        suggestions: []
      });
    }
    kept.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  }
  return { diagnostics: kept, suppressed };
}
function quoteList(ids) {
  return ids.map((id) => `"${id}"`).join(", ");
}
function unusedDisable(dir, used) {
  if (dir.rules.length === 0)
    return used.size > 0 ? null : `Unused talklint-${dir.kind} directive (no problems were reported)`;
  const unused = dir.rules.filter((p) => !used.has(p));
  if (unused.length === 0)
    return null;
  return `Unused talklint-${dir.kind} directive (no problems were reported from ${quoteList(unused)})`;
}
function unusedEnables(blocks) {
  const out = /* @__PURE__ */ new Map();
  let all = false;
  let active = [];
  for (const b of blocks) {
    if (b.kind === "disable") {
      if (b.rules.length === 0)
        all = true;
      else
        active.push(...b.rules);
      continue;
    }
    if (b.rules.length === 0) {
      out.set(b, all || active.length > 0 ? null : "Unused talklint-enable directive (no talklint-disable directive is in force here)");
      all = false;
      active = [];
      continue;
    }
    const unused = all ? [] : b.rules.filter((q) => !active.some((p) => q === p || ruleMatches(q, p) || ruleMatches(p, q)));
    out.set(b, unused.length === 0 ? null : `Unused talklint-enable directive (no talklint-disable directive is in force here for ${quoteList(unused)})`);
    active = active.filter((p) => !b.rules.some((q) => q === p || ruleMatches(q, p)));
  }
  return out;
}

// dist/input/plain.js
var matcherCache = /* @__PURE__ */ new WeakMap();
function matcherFor(labels) {
  let m = matcherCache.get(labels);
  if (!m) {
    m = compileLabels(labels);
    matcherCache.set(labels, m);
  }
  return m;
}
function splitLines2(text) {
  const out = [];
  let start = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === "\r" ? end - 1 : end;
    out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl === -1)
      return out;
    start = nl + 1;
  }
}
function parsePlain(source, visible, format, opts) {
  const marker = opts.directiveMarker === void 0 ? DEFAULT_DIRECTIVE_MARKER : opts.directiveMarker;
  let directiveLines;
  if (marker !== null)
    ({ text: visible, directiveLines } = blankPlainDirectives(visible, marker));
  const lines = splitLines2(visible);
  const labels = matcherFor(opts.labels);
  const labelled = lines.map((l) => labels.regex.exec(l.text));
  const labelledCount = labelled.filter((m) => m !== null).length;
  const firstNonEmpty = lines.findIndex((l) => l.text.trim() !== "");
  const isTranscript = labelledCount >= 2 || firstNonEmpty !== -1 && labelled[firstNonEmpty] != null;
  const turns = isTranscript ? transcriptTurns(visible, lines, labelled, labels) : paragraphTurns(visible, lines, directiveLines);
  const call = { id: null, turns };
  return { source, kind: isTranscript ? "transcript" : "script", format, calls: [call], notices: [] };
}
function makeTurn(visible, index, start, end, speaker, role) {
  while (start < end && /\s/u.test(visible[start]))
    start++;
  while (end > start && /\s/u.test(visible[end - 1]))
    end--;
  return { index, speaker, role, text: visible.slice(start, end), sourceOffset: start, anchorOffset: start };
}
function transcriptTurns(visible, lines, labelled, labels) {
  const turns = [];
  let cur = null;
  let curEnd = 0;
  const close = () => {
    if (!cur)
      return;
    const t = makeTurn(visible, turns.length, cur.start, curEnd, cur.speaker, cur.role);
    if (cur.time !== void 0)
      t.startTime = cur.time;
    if (t.text !== "" || cur.speaker !== null)
      turns.push(t);
  };
  lines.forEach((line, i) => {
    const m = labelled[i];
    if (m) {
      close();
      const label = m[2];
      cur = { start: line.start + m[0].length, speaker: label, role: labels.roleOf(label) };
      if (m[1] !== void 0)
        cur.time = parseClock(m[1]);
      curEnd = line.end;
    } else if (line.text.trim() !== "") {
      if (!cur)
        cur = { start: line.start, speaker: null, role: "unknown" };
      curEnd = line.end;
    }
  });
  close();
  for (let i = 0; i + 1 < turns.length; i++) {
    const next = turns[i + 1].startTime;
    if (turns[i].startTime !== void 0 && next !== void 0)
      turns[i].endTime = next;
  }
  return turns;
}
function paragraphTurns(visible, lines, directiveLines) {
  const turns = [];
  let start = -1;
  let end = 0;
  const close = () => {
    if (start === -1)
      return;
    turns.push(makeTurn(visible, turns.length, start, end, null, "agent"));
    start = -1;
  };
  for (const line of lines) {
    if (line.text.trim() === "") {
      if (!directiveLines?.has(line.start))
        close();
    } else {
      if (start === -1)
        start = line.start;
      end = line.end;
    }
  }
  close();
  return turns;
}

// dist/input/index.js
var markdown = {
  name: "markdown",
  description: "Markdown script or transcript (code, front matter, headings and comments are skipped)",
  detect: (_text, filePath) => filePath !== void 0 && /\.(md|markdown)$/i.test(filePath),
  parse: (text, opts) => parsePlain(text, markdownVisibleText(text), "markdown", { labels: opts.labels, directiveMarker: null })
};
var plain = {
  name: "text",
  description: 'Plain text: a script, or a transcript with "Speaker: text" lines',
  detect: () => true,
  parse: (text, opts) => parsePlain(text, text, "text", { labels: opts.labels, ...opts.directiveMarker !== void 0 ? { directiveMarker: opts.directiveMarker } : {} })
};
var INPUT_FORMATS = [
  awsTranscribe,
  contactLens,
  deepgram,
  assemblyai,
  ccai,
  whisper,
  jsonl,
  jsonRecords,
  webvtt,
  srt,
  tsv,
  csv,
  markdown,
  plain
];
var UnknownFormatError = class extends Error {
};
function selectFormat(text, opts, probe = new ContentProbe(text)) {
  if (opts.format !== void 0) {
    const f = INPUT_FORMATS.find((x) => x.name === opts.format);
    if (!f)
      throw new UnknownFormatError(`unknown input format "${opts.format}"; known: ${INPUT_FORMATS.map((x) => x.name).join(", ")}`);
    return f;
  }
  return INPUT_FORMATS.find((x) => x.detect(text, opts.filePath, probe)) ?? plain;
}
function formatParseOptions(opts, probe) {
  return { labels: opts.labels ?? DEFAULT_SPEAKER_LABELS, probe, filePath: opts.filePath, speakerRoles: opts.speakerRoles, csv: opts.csv, directiveMarker: opts.directiveMarker };
}
function readRecords(text, opts = {}) {
  const probe = new ContentProbe(text);
  const f = selectFormat(text, opts, probe);
  if (f.records === void 0)
    return null;
  const parseOpts = formatParseOptions(opts, probe);
  return { format: f.name, records: f.records(text, parseOpts), document: (rows) => documentOfRecords(text, f.name, rows, parseOpts) };
}
function parseDocument2(text, opts = {}) {
  const probe = new ContentProbe(text);
  const f = selectFormat(text, opts, probe);
  const doc = f.parse(text, formatParseOptions(opts, probe));
  if (f === plain || f === markdown) {
    const redactions = mayHaveRedactions(text);
    for (const call of doc.calls) {
      if (redactions)
        for (const turn of call.turns)
          turn.text = blankRedactions(turn.text);
      if (call.turns.some((t) => t.speaker !== null && t.role === "unknown")) {
        const labels = opts.labels ?? DEFAULT_SPEAKER_LABELS;
        const r = assignRoles(call.turns.map((t) => ({ speaker: t.speaker, text: t.text, role: t.role === "unknown" ? void 0 : t.role })), { labels, speakerRoles: opts.speakerRoles });
        call.turns.forEach((t, i) => t.role = r.roles[i]);
        if (r.notice)
          doc.notices.push(r.notice);
      }
    }
  }
  return doc;
}

// node_modules/opencc-js/dist/esm-lib/core.js
var Trie = class {
  // \u4f7f\u7528 Map \u5be6\u4f5c Trie \u6a39
  // Trie \u7684\u6bcf\u500b\u7bc0\u9ede\u70ba\u4e00\u500b Map \u7269\u4ef6
  // key \u70ba code point\uff0cvalue \u70ba\u5b50\u7bc0\u9ede\uff08\u4e5f\u662f\u4e00\u500b Map\uff09\u3002
  // \u5982\u679c Map \u7269\u4ef6\u6709 trie_val \u5c6c\u6027\uff0c\u5247\u8a72\u5c6c\u6027\u70ba\u503c\u5b57\u4e32\uff0c\u4ee3\u8868\u66ff\u63db\u7684\u5b57\u8a5e\u3002
  constructor() {
    this.map = /* @__PURE__ */ new Map();
  }
  /**
   * \u5c07\u4e00\u9805\u8cc7\u6599\u52a0\u5165\u5b57\u5178\u6a39
   * @param {string} s \u8981\u5339\u914d\u7684\u5b57\u4e32
   * @param {string} v \u82e5\u5339\u914d\u6210\u529f\uff0c\u5247\u66ff\u63db\u70ba\u6b64\u5b57\u4e32
   */
  addWord(s, v) {
    let { map } = this;
    for (const c of s) {
      const cp = c.codePointAt(0);
      const nextMap = map.get(cp);
      if (nextMap == null) {
        const tmp = /* @__PURE__ */ new Map();
        map.set(cp, tmp);
        map = tmp;
      } else {
        map = nextMap;
      }
    }
    map.trie_val = v;
  }
  /**
     * \u8b80\u53d6\u5b57\u5178\u8cc7\u6599
     * @param {DictLike} d \u5b57\u5178
     */
  loadDict(d) {
    if (typeof d === "string") {
      d = d.split("|");
      for (const line of d) {
        const [l, r] = line.split(" ");
        if (typeof r !== "string") {
          throw new TypeError('Invalid dictionary entry: expected string entries to use "source replacement" format.');
        }
        this.addWord(l, r);
      }
    } else {
      for (const arr2 of d) {
        if (!Array.isArray(arr2) || typeof arr2[0] !== "string" || typeof arr2[1] !== "string") {
          throw new TypeError(
            "Invalid dictionary entry: expected [source, replacement] pairs. If you are passing locale dictionaries to ConverterFactory, spread them, for example: ConverterFactory(...Locale.from.cn, ...Locale.to.hk)."
          );
        }
        const [l, r] = arr2;
        this.addWord(l, r);
      }
    }
  }
  /**
   * \u8b80\u53d6\u591a\u500b\u5b57\u5178\u8cc7\u6599
   * @param {DictLike[]} arr \u5b57\u5178
   */
  loadDictGroup(arr2) {
    arr2.slice().reverse().forEach((d) => {
      this.loadDict(d);
    });
  }
  matchPrefix(s, i) {
    const n = s.length;
    let t_curr = this.map, k = 0, v;
    for (let j = i; j < n; ) {
      const x = s.codePointAt(j);
      j += x > 65535 ? 2 : 1;
      const t_next = t_curr.get(x);
      if (typeof t_next === "undefined") {
        break;
      }
      t_curr = t_next;
      const v_curr = t_curr.trie_val;
      if (typeof v_curr !== "undefined") {
        k = j;
        v = v_curr;
      }
    }
    if (k > 0) {
      return { end: k, value: v };
    }
    return null;
  }
  segment(s) {
    const n = s.length, segments = [];
    let orig_i = null;
    for (let i = 0; i < n; ) {
      const matched = this.matchPrefix(s, i);
      if (matched) {
        if (orig_i !== null) {
          segments.push(s.slice(orig_i, i));
          orig_i = null;
        }
        segments.push(s.slice(i, matched.end));
        i = matched.end;
      } else {
        if (orig_i === null) {
          orig_i = i;
        }
        i += getUnmatchedLength(s, i);
      }
    }
    if (orig_i !== null) {
      segments.push(s.slice(orig_i, n));
    }
    return segments;
  }
  /**
   * \u6839\u64da\u5b57\u5178\u6a39\u4e2d\u7684\u8cc7\u6599\u8f49\u63db\u5b57\u4e32\u3002
   * @param {string} s \u8981\u8f49\u63db\u7684\u5b57\u4e32
   */
  convert(s) {
    const n = s.length, arr2 = [];
    let orig_i = null;
    for (let i = 0; i < n; ) {
      const matched = this.matchPrefix(s, i);
      if (matched) {
        if (orig_i !== null) {
          arr2.push(s.slice(orig_i, i));
          orig_i = null;
        }
        arr2.push(matched.value);
        i = matched.end;
      } else {
        if (orig_i === null) {
          orig_i = i;
        }
        i += getUnmatchedLength(s, i);
      }
    }
    if (orig_i !== null) {
      arr2.push(s.slice(orig_i, n));
    }
    return arr2.join("");
  }
};
function getCodePointLength(s, i) {
  return s.codePointAt(i) > 65535 ? 2 : 1;
}
function getIdeographicDescriptionArity(cp) {
  if (cp >= 12272 && cp <= 12273) return 2;
  if (cp >= 12274 && cp <= 12275) return 3;
  if (cp >= 12276 && cp <= 12287) return 2;
  return 0;
}
function getIdeographicDescriptionSequenceEnd(s, i) {
  const cp = s.codePointAt(i);
  const arity = getIdeographicDescriptionArity(cp);
  if (arity === 0) {
    return 0;
  }
  let end = i + getCodePointLength(s, i);
  for (let n = 0; n < arity; n += 1) {
    if (end >= s.length) {
      return 0;
    }
    const childEnd = getIdeographicDescriptionSequenceEnd(s, end);
    end = childEnd || end + getCodePointLength(s, end);
  }
  return end;
}
function getUnmatchedLength(s, i) {
  const idsEnd = getIdeographicDescriptionSequenceEnd(s, i);
  if (idsEnd > i) {
    return idsEnd - i;
  }
  return getCodePointLength(s, i);
}
function ConverterFactory(...dictGroups) {
  const trieArr = normalizeConverterFactoryDictGroups(dictGroups).map((grp) => {
    const t = new Trie();
    t.loadDictGroup(grp);
    return t;
  });
  function convert(s) {
    return trieArr.reduce((res, t) => {
      return t.convert(res);
    }, s);
  }
  return convert;
}
function isDictPair(entry) {
  return Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string";
}
function isSerializedDict(dict) {
  return typeof dict === "string" && (dict === "" || dict.includes(" "));
}
function isDictLike(dict) {
  return typeof dict === "string" || Array.isArray(dict) && dict.every(isDictPair);
}
function isDictGroup(dictGroup) {
  return Array.isArray(dictGroup) && dictGroup.every((dict) => {
    return isSerializedDict(dict) || Array.isArray(dict) && dict.every(isDictPair);
  });
}
function isDictGroupCollection(dictGroups) {
  return Array.isArray(dictGroups) && dictGroups.every(isDictGroup);
}
function normalizeConverterFactoryDictGroups(dictGroups) {
  return dictGroups.flatMap((dictGroup) => {
    if (isDictGroupCollection(dictGroup)) {
      return dictGroup;
    }
    if (isDictGroup(dictGroup)) {
      return [dictGroup];
    }
    if (!Array.isArray(dictGroup)) {
      throw new TypeError("Invalid ConverterFactory argument: expected a dictionary group or locale dictionary collection.");
    }
    const groups = [];
    let i = 0;
    while (i < dictGroup.length && isDictGroup(dictGroup[i])) {
      groups.push(dictGroup[i].slice());
      i += 1;
    }
    const appendedDicts = dictGroup.slice(i);
    if (groups.length > 0 && appendedDicts.length > 0 && appendedDicts.every(isDictLike)) {
      groups[groups.length - 1].push(...appendedDicts);
      return groups;
    }
    return [dictGroup];
  });
}

// node_modules/opencc-js/dist/esm-lib/dict/STCharacters.js
var STCharacters_default = "\u3437 \u508C|\u3439 \u3476|\u343D \u5051|\u3447 \u3473|\u3448 \u5032|\u3454 \u346F|\u3469 \u5138|\u34C6 \u{205E3}|\u34E5 \u528F|\u34F0 \u5283|\u3509 \u529A|\u358A \u565A|\u359E \u558E|\u360E \u361A|\u36AF \u3704|\u36C0 \u5AB0|\u36DF \u{217B5}|\u36E0 \u{21883}|\u36E3 \u370F|\u36E4 \u5B4B|\u36FF \u{21839}|\u37C6 \u380F|\u37DC \u{21FB1}|\u37E5 \u5D7E|\u384E \u5E53|\u3918 \u396E|\u393D \u61E4|\u396A \u617A|\u39CF \u6386|\u39D0 \u3A73|\u39D1 \u649D|\u39DF \u64D3|\u39F0 \u64FD|\u3A2B \u3A5C|\u3B4E \u68E1|\u3B4F \u6932|\u3B63 \u{2364E}|\u3B64 \u6A22|\u3B74 \u6A2B|\u3C69 \u6BB0|\u3C6E \u6BA8|\u3CBF \u7007|\u3CD4 \u6FE7|\u3CD5 \u7061|\u3CE0 \u6FBE|\u3CE1 \u6FC4|\u3CE2 \u{23FB7}|\u3CFD \u7030|\u3D0B \u6F5A|\u3D89 \u9E02|\u3DB6 \u71F6|\u3DBD \u7171|\u3E8D \u7371|\u3EC5 \u74AF|\u3ECF \u{24AE9}|\u3ED8 \u{24ABA}|\u4025 \u407B|\u4056 \u779C|\u40B5 \u78BD|\u40C5 \u78FE|\u4149 \u7A0F|\u415F \u7A47|\u416A \u{258A2}|\u41F2 \u7B74|\u4264 \u7C54|\u4336 \u42B7|\u4337 \u7D2C|\u4338 \u7E33|\u4339 \u7D45|\u433A \u42D9|\u433B \u42DA|\u433C \u7D90|\u433D \u7DB5|\u433E \u42FB|\u433F \u42F9|\u4340 \u7E7F|\u4341 \u7E78|\u4360 \u4366|\u43AC \u43B1|\u43DD \u819E|\u447D \u{26A99}|\u44D3 \u85B5|\u44D5 \u85B3|\u44D6 \u85ED|\u44E8 \u7F43|\u45D6 \u87AE|\u461B \u{2775E}|\u461E \u{27717}|\u464A \u{27735}|\u464C \u4661|\u4653 \u896C|\u4723 \u8A22|\u4724 \u9FC1|\u4725 \u{27A59}|\u4727 \u4700|\u4729 \u8B8C|\u4759 \u8C99|\u478C \u{27D73}|\u478D \u477C|\u478E \u{27DA7}|\u4790 \u8CF0|\u47E2 \u8E8E|\u4880 \u{282B0}|\u4881 \u{282B8}|\u4882 \u{282E2}|\u497A \u91FE|\u497D \u93FA|\u497E \u4971|\u497F \u{28BC5}|\u4980 \u{289AB}|\u4981 \u{289DC}|\u4982 \u4947|\u4983 \u942F|\u4985 \u9425|\u4986 \u9481|\u49B6 \u499B|\u49B7 \u499F|\u4A44 \u9766|\u4B6A \u{297AF}|\u4BC3 \u{298D1}|\u4BC4 \u9A27|\u4BC5 \u4BC0|\u4C9D \u4C7D|\u4C9E \u{29D98}|\u4C9F \u9BA3|\u4CA0 \u9C06|\u4CA1 \u9C0C|\u4CA2 \u9C27|\u4CA3 \u4C77|\u4D13 \u9CFE|\u4D14 \u9D41|\u4D15 \u9D37|\u4D16 \u9D84|\u4D17 \u9DAA|\u4D18 \u9DC9|\u4D19 \u9E0A|\u4DAE \u9F91|\u4E07 \u842C|\u4E0E \u8207|\u4E11 \u919C|\u4E13 \u5C08|\u4E1A \u696D|\u4E1B \u53E2|\u4E1C \u6771|\u4E1D \u7D72|\u4E22 \u4E1F|\u4E24 \u5169|\u4E25 \u56B4|\u4E27 \u55AA|\u4E2A \u500B|\u4E30 \u8C50|\u4E34 \u81E8|\u4E3A \u7232|\u4E3D \u9E97|\u4E3E \u8209|\u4E48 \u9EBC|\u4E49 \u7FA9|\u4E4C \u70CF|\u4E50 \u6A02|\u4E54 \u55AC|\u4E60 \u7FD2|\u4E61 \u9109|\u4E66 \u66F8|\u4E70 \u8CB7|\u4E71 \u4E82|\u4E89 \u722D|\u4E8E \u65BC|\u4E8F \u8667|\u4E91 \u96F2|\u4E98 \u4E99|\u4E9A \u4E9E|\u4EA7 \u7522|\u4EA9 \u755D|\u4EB2 \u89AA|\u4EB5 \u893B|\u4EB8 \u56B2|\u4EBF \u5104|\u4EC5 \u50C5|\u4EC6 \u50D5|\u4ECE \u5F9E|\u4ED1 \u4F96|\u4ED3 \u5009|\u4EEA \u5100|\u4EEC \u5011|\u4EF7 \u50F9|\u4F17 \u8846|\u4F18 \u512A|\u4F19 \u5925|\u4F1A \u6703|\u4F1B \u50B4|\u4F1E \u5098|\u4F1F \u5049|\u4F20 \u50B3|\u4F21 \u4FE5|\u4F23 \u4FD4|\u4F24 \u50B7|\u4F25 \u5000|\u4F26 \u502B|\u4F27 \u5096|\u4F2A \u50DE|\u4F2B \u4F47|\u4F53 \u9AD4|\u4F59 \u9918|\u4F63 \u50AD|\u4F65 \u50C9|\u4FA0 \u4FE0|\u4FA3 \u4FB6|\u4FA5 \u50E5|\u4FA6 \u5075|\u4FA7 \u5074|\u4FA8 \u50D1|\u4FA9 \u5108|\u4FAA \u5115|\u4FAC \u5102|\u4FAD \u5118|\u4FE3 \u4FC1|\u4FE6 \u5114|\u4FE8 \u513C|\u4FE9 \u5006|\u4FEA \u5137|\u4FEB \u5008|\u4FED \u5109|\u503A \u50B5|\u503E \u50BE|\u506C \u50AF|\u507B \u50C2|\u507E \u50E8|\u507F \u511F|\u50A4 \u510E|\u50A5 \u513B|\u50A7 \u5110|\u50A8 \u5132|\u50A9 \u513A|\u513F \u5152|\u5151 \u514C|\u5156 \u5157|\u515A \u9EE8|\u5170 \u862D|\u5173 \u95DC|\u5174 \u8208|\u5179 \u8332|\u517B \u990A|\u517D \u7378|\u5181 \u56C5|\u5185 \u5167|\u5188 \u5CA1|\u518C \u518A|\u5199 \u5BEB|\u519B \u8ECD|\u519C \u8FB2|\u51AF \u99AE|\u51B2 \u885D|\u51B3 \u6C7A|\u51B5 \u6CC1|\u51BB \u51CD|\u51C0 \u6DE8|\u51C4 \u60BD|\u51C6 \u6E96|\u51C9 \u6DBC|\u51CF \u6E1B|\u51D1 \u6E4A|\u51DB \u51DC|\u51E0 \u5E7E|\u51E4 \u9CF3|\u51EB \u9CE7|\u51ED \u6191|\u51EF \u51F1|\u51F6 \u5147|\u51FB \u64CA|\u51FF \u947F|\u520D \u82BB|\u5212 \u5283|\u5218 \u5289|\u5219 \u5247|\u521A \u525B|\u521B \u5275|\u5220 \u522A|\u522B \u5225|\u522C \u5257|\u522D \u5244|\u5239 \u524E|\u523D \u528A|\u523E \u34E8|\u523F \u528C|\u5240 \u5274|\u5242 \u5291|\u5250 \u526E|\u5251 \u528D|\u5265 \u525D|\u5267 \u5287|\u529D \u52F8|\u529E \u8FA6|\u52A1 \u52D9|\u52A2 \u52F1|\u52A8 \u52D5|\u52B1 \u52F5|\u52B2 \u52C1|\u52B3 \u52DE|\u52BF \u52E2|\u52CB \u52F3|\u52DA \u52E9|\u5300 \u52FB|\u5326 \u532D|\u532E \u5331|\u533A \u5340|\u533B \u91AB|\u534E \u83EF|\u534F \u5354|\u5355 \u55AE|\u5356 \u8CE3|\u5360 \u4F54|\u5362 \u76E7|\u5364 \u6EF7|\u5367 \u81E5|\u536B \u885B|\u5374 \u537B|\u537A \u5DF9|\u5382 \u5EE0|\u5385 \u5EF3|\u5386 \u6B77|\u5389 \u53B2|\u538B \u58D3|\u538C \u53AD|\u538D \u5399|\u5390 \u9F8E|\u5395 \u5EC1|\u5398 \u91D0|\u53A2 \u5EC2|\u53A3 \u53B4|\u53A6 \u5EC8|\u53A8 \u5EDA|\u53A9 \u5EC4|\u53AE \u5EDD|\u53BF \u7E23|\u53C1 \u53C4|\u53C2 \u53C3|\u53C6 \u9749|\u53C7 \u9746|\u53CC \u96D9|\u53D1 \u767C|\u53D8 \u8B8A|\u53D9 \u6558|\u53E0 \u758A|\u53F0 \u81FA|\u53F6 \u8449|\u53F7 \u865F|\u53F9 \u5606|\u53FD \u5630|\u5401 \u7C72|\u5403 \u55AB|\u540E \u5F8C|\u5413 \u5687|\u5415 \u5442|\u5417 \u55CE|\u5428 \u5678|\u542C \u807D|\u542F \u5553|\u5434 \u5433|\u5450 \u5436|\u5452 \u5638|\u5453 \u56C8|\u5455 \u5614|\u5456 \u56A6|\u5457 \u5504|\u5458 \u54E1|\u5459 \u54BC|\u545B \u55C6|\u545C \u55DA|\u548F \u8A60|\u5499 \u56A8|\u549B \u5680|\u549D \u565D|\u54A4 \u5412|\u54A8 \u8AEE|\u54B8 \u9E79|\u54CD \u97FF|\u54D1 \u555E|\u54D2 \u5660|\u54D3 \u5635|\u54D4 \u55F6|\u54D5 \u5666|\u54D7 \u8B41|\u54D9 \u5672|\u54DC \u568C|\u54DD \u5665|\u54DF \u55B2|\u5507 \u8123|\u551B \u561C|\u551D \u55CA|\u5520 \u562E|\u5521 \u5562|\u5522 \u55E9|\u5524 \u559A|\u5567 \u5616|\u556C \u55C7|\u556D \u56C0|\u556E \u9F67|\u556F \u5613|\u5570 \u56C9|\u5574 \u563D|\u5578 \u562F|\u55B7 \u5674|\u55BD \u560D|\u55BE \u56B3|\u55EB \u56C1|\u55F3 \u566F|\u5618 \u5653|\u5624 \u56B6|\u5631 \u56D1|\u565C \u5695|\u56A3 \u56C2|\u56E2 \u5718|\u56ED \u5712|\u56F1 \u56EA|\u56F4 \u570D|\u56F5 \u5707|\u56FD \u570B|\u56FE \u5716|\u5706 \u5713|\u5723 \u8056|\u5739 \u58D9|\u573A \u5834|\u574F \u58DE|\u5757 \u584A|\u575A \u5805|\u575B \u58C7|\u575C \u58E2|\u575D \u58E9|\u575E \u5862|\u575F \u58B3|\u5760 \u589C|\u5784 \u58DF|\u5785 \u58E0|\u5786 \u58DA|\u5792 \u58D8|\u57A6 \u58BE|\u57A9 \u580A|\u57AB \u588A|\u57AD \u57E1|\u57AF \u58B6|\u57B1 \u58CB|\u57B2 \u584F|\u57B4 \u5816|\u57D8 \u5852|\u57D9 \u58CE|\u57DA \u581D|\u5811 \u5879|\u5815 \u58AE|\u5846 \u58EA|\u5899 \u7246|\u58EE \u58EF|\u58F0 \u8072|\u58F3 \u6BBC|\u58F6 \u58FA|\u58F8 \u58FC|\u5904 \u8655|\u5907 \u5099|\u590D \u5FA9|\u591F \u5920|\u5934 \u982D|\u5938 \u8A87|\u5939 \u593E|\u593A \u596A|\u5941 \u5969|\u5942 \u5950|\u594B \u596E|\u5956 \u734E|\u5965 \u5967|\u5986 \u599D|\u5987 \u5A66|\u5988 \u5ABD|\u59A9 \u5AF5|\u59AA \u5AD7|\u59AB \u5B00|\u59D7 \u59CD|\u59F9 \u597C|\u5A04 \u5A41|\u5A05 \u5A6D|\u5A06 \u5B08|\u5A07 \u5B0C|\u5A08 \u5B4C|\u5A31 \u5A1B|\u5A32 \u5AA7|\u5A34 \u5AFA|\u5A73 \u5AFF|\u5A74 \u5B30|\u5A75 \u5B0B|\u5A76 \u5B38|\u5AAA \u5ABC|\u5AAD \u5B03|\u5AD2 \u5B21|\u5AD4 \u5B2A|\u5AF1 \u5B19|\u5B37 \u5B24|\u5B59 \u5B6B|\u5B66 \u5B78|\u5B6A \u5B7F|\u5B81 \u5BE7|\u5B9D \u5BF6|\u5B9E \u5BE6|\u5BA0 \u5BF5|\u5BA1 \u5BE9|\u5BAA \u61B2|\u5BAB \u5BAE|\u5BBD \u5BEC|\u5BBE \u8CD3|\u5BDD \u5BE2|\u5BF9 \u5C0D|\u5BFB \u5C0B|\u5BFC \u5C0E|\u5BFF \u58FD|\u5C06 \u5C07|\u5C14 \u723E|\u5C18 \u5875|\u5C1D \u5617|\u5C27 \u582F|\u5C34 \u5C37|\u5C38 \u5C4D|\u5C3D \u76E1|\u5C42 \u5C64|\u5C43 \u5C53|\u5C49 \u5C5C|\u5C4A \u5C46|\u5C5E \u5C6C|\u5C61 \u5C62|\u5C66 \u5C68|\u5C7F \u5DBC|\u5C81 \u6B72|\u5C82 \u8C48|\u5C96 \u5D87|\u5C97 \u5D17|\u5C98 \u5CF4|\u5C9A \u5D50|\u5C9B \u5CF6|\u5CA9 \u5DD6|\u5CAD \u5DBA|\u5CB3 \u5DBD|\u5CBD \u5D2C|\u5CBF \u5DCB|\u5CC3 \u5DA8|\u5CC4 \u5DA7|\u5CE1 \u5CFD|\u5CE3 \u5DA2|\u5CE4 \u5DA0|\u5CE5 \u5D22|\u5CE6 \u5DD2|\u5CF0 \u5CEF|\u5D02 \u5D97|\u5D03 \u5D0D|\u5D04 \u5DAE|\u5D2D \u5D84|\u5D58 \u5DB8|\u5D5A \u5D94|\u5D5D \u5D81|\u5DC5 \u5DD4|\u5DE9 \u978F|\u5DEF \u5DF0|\u5E01 \u5E63|\u5E05 \u5E25|\u5E08 \u5E2B|\u5E0F \u5E43|\u5E10 \u5E33|\u5E18 \u7C3E|\u5E1C \u5E5F|\u5E26 \u5E36|\u5E27 \u5E40|\u5E2E \u5E6B|\u5E31 \u5E6C|\u5E3B \u5E58|\u5E3C \u5E57|\u5E42 \u51AA|\u5E72 \u5E79|\u5E76 \u4E26|\u5E7F \u5EE3|\u5E84 \u838A|\u5E86 \u6176|\u5E8A \u7240|\u5E90 \u5EEC|\u5E91 \u5EE1|\u5E93 \u5EAB|\u5E94 \u61C9|\u5E99 \u5EDF|\u5E9E \u9F90|\u5E9F \u5EE2|\u5EBC \u5ECE|\u5EEA \u5EE9|\u5F00 \u958B|\u5F02 \u7570|\u5F03 \u68C4|\u5F11 \u5F12|\u5F20 \u5F35|\u5F25 \u5F4C|\u5F2A \u5F33|\u5F2F \u5F4E|\u5F39 \u5F48|\u5F3A \u5F37|\u5F52 \u6B78|\u5F53 \u7576|\u5F55 \u9304|\u5F5F \u5F60|\u5F66 \u5F65|\u5F68 \u5F72|\u5F7B \u5FB9|\u5F81 \u5FB5|\u5F84 \u5F91|\u5F95 \u5FA0|\u5FC6 \u61B6|\u5FCF \u61FA|\u5FE7 \u6182|\u5FFE \u613E|\u6000 \u61F7|\u6001 \u614B|\u6002 \u616B|\u6003 \u61AE|\u6004 \u616A|\u6005 \u60B5|\u6006 \u6134|\u601C \u6190|\u603B \u7E3D|\u603C \u61DF|\u603F \u61CC|\u604B \u6200|\u6052 \u6046|\u6073 \u61C7|\u6076 \u60E1|\u6078 \u615F|\u6079 \u61E8|\u607A \u6137|\u607B \u60FB|\u607C \u60F1|\u607D \u60F2|\u60A6 \u6085|\u60AB \u6128|\u60AC \u61F8|\u60AD \u6173|\u60AE \u609E|\u60AF \u61AB|\u60CA \u9A5A|\u60E7 \u61FC|\u60E8 \u6158|\u60E9 \u61F2|\u60EB \u618A|\u60EC \u611C|\u60ED \u615A|\u60EE \u619A|\u60EF \u6163|\u6120 \u614D|\u6124 \u61A4|\u6126 \u6192|\u613F \u9858|\u6151 \u61FE|\u616D \u6196|\u61D1 \u61E3|\u61D2 \u61F6|\u61D4 \u61CD|\u6206 \u6207|\u620B \u6214|\u620F \u6232|\u6217 \u6227|\u6218 \u6230|\u622C \u6229|\u622F \u6231|\u6237 \u6236|\u6251 \u64B2|\u6267 \u57F7|\u6269 \u64F4|\u626A \u636B|\u626B \u6383|\u626C \u63DA|\u6270 \u64FE|\u629A \u64AB|\u629B \u62CB|\u629F \u6476|\u62A0 \u6473|\u62A1 \u6384|\u62A2 \u6436|\u62A4 \u8B77|\u62A5 \u5831|\u62C5 \u64D4|\u62DF \u64EC|\u62E2 \u650F|\u62E3 \u63C0|\u62E5 \u64C1|\u62E6 \u6514|\u62E7 \u64F0|\u62E8 \u64A5|\u62E9 \u64C7|\u6302 \u639B|\u631A \u646F|\u631B \u6523|\u631C \u6397|\u631D \u64BE|\u631E \u64BB|\u631F \u633E|\u6320 \u6493|\u6321 \u64CB|\u6322 \u649F|\u6323 \u6399|\u6324 \u64E0|\u6325 \u63EE|\u6326 \u648F|\u635D \u6329|\u635E \u6488|\u635F \u640D|\u6361 \u64BF|\u6362 \u63DB|\u6363 \u6417|\u636E \u64DA|\u63B3 \u64C4|\u63B4 \u6451|\u63B7 \u64F2|\u63B8 \u64A3|\u63BA \u647B|\u63BC \u645C|\u63FD \u652C|\u63FE \u6435|\u63FF \u64B3|\u6400 \u6519|\u6401 \u64F1|\u6402 \u645F|\u6404 \u63EF|\u6405 \u652A|\u643A \u651C|\u6444 \u651D|\u6445 \u6504|\u6446 \u64FA|\u6447 \u6416|\u6448 \u64EF|\u644A \u6524|\u6484 \u6516|\u6491 \u6490|\u64B5 \u6506|\u64B7 \u64F7|\u64B8 \u64FC|\u64BA \u651B|\u64DC \u3A75|\u64DE \u64FB|\u6512 \u6522|\u654C \u6575|\u655A \u6553|\u655B \u6582|\u6569 \u6586|\u6570 \u6578|\u658B \u9F4B|\u6593 \u6595|\u6597 \u9B25|\u65A9 \u65AC|\u65AD \u65B7|\u65E0 \u7121|\u65E7 \u820A|\u65F6 \u6642|\u65F7 \u66E0|\u65F8 \u6698|\u6619 \u66C7|\u6635 \u66B1|\u663C \u665D|\u663D \u66E8|\u663E \u986F|\u664B \u6649|\u6652 \u66EC|\u6653 \u66C9|\u6654 \u66C4|\u6655 \u6688|\u6656 \u6689|\u6682 \u66AB|\u6685 \u{23236}|\u66A7 \u66D6|\u672F \u8853|\u6734 \u6A38|\u673A \u6A5F|\u6740 \u6BBA|\u6742 \u96DC|\u6743 \u6B0A|\u6760 \u69D3|\u6761 \u689D|\u6765 \u4F86|\u6768 \u694A|\u6769 \u69AA|\u6770 \u5091|\u6781 \u6975|\u6784 \u69CB|\u679E \u6A05|\u67A2 \u6A1E|\u67A3 \u68D7|\u67A5 \u6AEA|\u67A7 \u6898|\u67A8 \u68D6|\u67AA \u69CD|\u67AB \u6953|\u67AD \u689F|\u67DC \u6AC3|\u67E0 \u6AB8|\u67FD \u6A89|\u6800 \u6894|\u6805 \u67F5|\u6807 \u6A19|\u6808 \u68E7|\u6809 \u6ADB|\u680A \u6AF3|\u680B \u68DF|\u680C \u6AE8|\u680E \u6ADF|\u680F \u6B04|\u6811 \u6A39|\u6816 \u68F2|\u6837 \u6A23|\u683E \u6B12|\u6860 \u690F|\u6861 \u6A48|\u6862 \u6968|\u6863 \u6A94|\u6864 \u69BF|\u6865 \u6A4B|\u6866 \u6A3A|\u6867 \u6A9C|\u6868 \u69F3|\u6869 \u6A01|\u686A \u6A33|\u68A6 \u5922|\u68BC \u6AAE|\u68BE \u68F6|\u68BF \u69E4|\u68C0 \u6AA2|\u68C1 \u68B2|\u68C2 \u6B1E|\u6901 \u69E8|\u691D \u69FC|\u691F \u6ADD|\u6920 \u69E7|\u6922 \u69F6|\u6924 \u6B0F|\u692B \u6A3F|\u692D \u6A62|\u692E \u69EE|\u697C \u6A13|\u6984 \u6B16|\u6985 \u69B2|\u6987 \u6AEC|\u6988 \u6ADA|\u6989 \u6AF8|\u699D \u6A27|\u69DA \u6A9F|\u69DB \u6ABB|\u69DF \u6AB3|\u69E0 \u6AE7|\u6A2A \u6A6B|\u6A2F \u6AA3|\u6A31 \u6AFB|\u6A65 \u6AEB|\u6A71 \u6AE5|\u6A79 \u6AD3|\u6A7C \u6ADE|\u6AA9 \u6A81|\u6B22 \u6B61|\u6B24 \u6B5F|\u6B27 \u6B50|\u6B7C \u6BB2|\u6B81 \u6B7F|\u6B87 \u6BA4|\u6B8B \u6B98|\u6B92 \u6B9E|\u6B93 \u6BAE|\u6B9A \u6BAB|\u6BA1 \u6BAF|\u6BB4 \u6BC6|\u6BC1 \u6BC0|\u6BC2 \u8F42|\u6BD5 \u7562|\u6BD9 \u6583|\u6BE1 \u6C08|\u6BF5 \u6BFF|\u6BF6 \u{23BF6}|\u6C07 \u6C0C|\u6C14 \u6C23|\u6C22 \u6C2B|\u6C29 \u6C2C|\u6C32 \u6C33|\u6C47 \u532F|\u6C49 \u6F22|\u6C64 \u6E6F|\u6C79 \u6D36|\u6C84 \u6F90|\u6C9F \u6E9D|\u6CA1 \u6C92|\u6CA3 \u7043|\u6CA4 \u6F1A|\u6CA5 \u701D|\u6CA6 \u6DEA|\u6CA7 \u6EC4|\u6CA8 \u6E22|\u6CA9 \u6F59|\u6CAA \u6EEC|\u6CDE \u6FD8|\u6CEA \u6DDA|\u6CF6 \u6FA9|\u6CF7 \u7027|\u6CF8 \u7018|\u6CFA \u6FFC|\u6CFB \u7009|\u6CFC \u6F51|\u6CFD \u6FA4|\u6CFE \u6D87|\u6D01 \u6F54|\u6D12 \u7051|\u6D3C \u7AAA|\u6D43 \u6D79|\u6D45 \u6DFA|\u6D46 \u6F3F|\u6D47 \u6F86|\u6D48 \u6E5E|\u6D49 \u6EAE|\u6D4A \u6FC1|\u6D4B \u6E2C|\u6D4D \u6FAE|\u6D4E \u6FDF|\u6D4F \u700F|\u6D50 \u6EFB|\u6D51 \u6E3E|\u6D52 \u6EF8|\u6D53 \u6FC3|\u6D54 \u6F6F|\u6D55 \u6FDC|\u6D82 \u5857|\u6D8C \u6E67|\u6D9A \u6D97|\u6D9B \u6FE4|\u6D9D \u6F87|\u6D9E \u6DF6|\u6D9F \u6F23|\u6DA0 \u6F7F|\u6DA1 \u6E26|\u6DA2 \u6EB3|\u6DA3 \u6E19|\u6DA4 \u6ECC|\u6DA6 \u6F64|\u6DA7 \u6F97|\u6DA8 \u6F32|\u6DA9 \u6F80|\u6DC0 \u6FB1|\u6E0A \u6DF5|\u6E0C \u6DE5|\u6E0D \u6F2C|\u6E0E \u7006|\u6E10 \u6F38|\u6E11 \u6FA0|\u6E14 \u6F01|\u6E16 \u700B|\u6E17 \u6EF2|\u6E29 \u6EAB|\u6E38 \u904A|\u6E7E \u7063|\u6E7F \u6EBC|\u6E81 \u6FDA|\u6E83 \u6F70|\u6E85 \u6FFA|\u6E86 \u6F35|\u6E87 \u6F0A|\u6ED7 \u6F77|\u6EDA \u6EFE|\u6EDE \u6EEF|\u6EDF \u7069|\u6EE0 \u7044|\u6EE1 \u6EFF|\u6EE2 \u7005|\u6EE4 \u6FFE|\u6EE5 \u6FEB|\u6EE6 \u7064|\u6EE8 \u6FF1|\u6EE9 \u7058|\u6EEA \u6FA6|\u6F46 \u7020|\u6F47 \u701F|\u6F4B \u7032|\u6F4D \u6FF0|\u6F5C \u6F5B|\u6F74 \u7026|\u6F9B \u7002|\u6F9C \u703E|\u6FD1 \u7028|\u6FD2 \u7015|\u704F \u705D|\u706D \u6EC5|\u706F \u71C8|\u7075 \u9748|\u7076 \u7AC8|\u707E \u707D|\u707F \u71E6|\u7080 \u716C|\u7089 \u7210|\u7096 \u71C9|\u709C \u7152|\u709D \u7197|\u70B9 \u9EDE|\u70BC \u7149|\u70BD \u71BE|\u70C1 \u720D|\u70C2 \u721B|\u70C3 \u70F4|\u70DB \u71ED|\u70DF \u7159|\u70E6 \u7169|\u70E7 \u71D2|\u70E8 \u71C1|\u70E9 \u71F4|\u70EB \u71D9|\u70EC \u71FC|\u70ED \u71B1|\u7115 \u7165|\u7116 \u71DC|\u7118 \u71FE|\u7174 \u7185|\u718F \u71FB|\u7231 \u611B|\u7237 \u723A|\u724D \u7258|\u7266 \u729B|\u7275 \u727D|\u727A \u72A7|\u728A \u72A2|\u72B6 \u72C0|\u72B7 \u7377|\u72B8 \u7341|\u72B9 \u7336|\u72C8 \u72FD|\u72DD \u736E|\u72DE \u7370|\u72EC \u7368|\u72ED \u72F9|\u72EE \u7345|\u72EF \u736A|\u72F0 \u7319|\u72F1 \u7344|\u72F2 \u733B|\u7303 \u736B|\u730E \u7375|\u7315 \u737C|\u7321 \u7380|\u732A \u8C6C|\u732B \u8C93|\u732C \u875F|\u732E \u737B|\u736D \u737A|\u7391 \u74A3|\u7399 \u74B5|\u739A \u7452|\u739B \u746A|\u73AE \u744B|\u73AF \u74B0|\u73B0 \u73FE|\u73B1 \u7472|\u73BA \u74BD|\u73D0 \u743A|\u73D1 \u74CF|\u73F0 \u74AB|\u73F2 \u743F|\u740E \u74A1|\u740F \u7489|\u7410 \u7463|\u743C \u74CA|\u7476 \u7464|\u7477 \u74A6|\u7478 \u74B8|\u748E \u74D4|\u74D2 \u74DA|\u74EE \u7515|\u74EF \u750C|\u7535 \u96FB|\u753B \u756B|\u7545 \u66A2|\u7574 \u7587|\u7596 \u7664|\u7597 \u7642|\u759F \u7627|\u75A0 \u7658|\u75A1 \u760D|\u75AC \u7667|\u75AD \u7632|\u75AE \u7621|\u75AF \u760B|\u75B1 \u76B0|\u75B4 \u75FE|\u75C8 \u7670|\u75C9 \u75D9|\u75D2 \u7662|\u75D6 \u7602|\u75E8 \u7646|\u75EA \u7613|\u75EB \u7647|\u75F4 \u7661|\u7605 \u7649|\u7606 \u762E|\u7617 \u761E|\u7618 \u763B|\u762A \u765F|\u762B \u7671|\u763E \u766E|\u763F \u766D|\u765E \u7669|\u7663 \u766C|\u766B \u7672|\u7682 \u7681|\u7691 \u769A|\u76B1 \u76BA|\u76B2 \u76B8|\u76CF \u76DE|\u76D0 \u9E7D|\u76D1 \u76E3|\u76D6 \u84CB|\u76D7 \u76DC|\u76D8 \u76E4|\u770D \u7798|\u7726 \u7725|\u772C \u77D3|\u7741 \u775C|\u7750 \u775E|\u7751 \u77BC|\u7786 \u77B6|\u7792 \u779E|\u77A9 \u77DA|\u77EB \u77EF|\u77F6 \u78EF|\u77FE \u792C|\u77FF \u7926|\u7800 \u78AD|\u7801 \u78BC|\u7816 \u78DA|\u7817 \u7868|\u781A \u786F|\u781C \u78B8|\u783A \u792A|\u783B \u7931|\u783E \u792B|\u7840 \u790E|\u7841 \u785C|\u7855 \u78A9|\u7856 \u7864|\u7857 \u78FD|\u7859 \u78D1|\u785A \u7904|\u786E \u78BA|\u7875 \u78E0|\u788D \u7919|\u789B \u78E7|\u789C \u78E3|\u78B1 \u9E7C|\u793C \u79AE|\u7943 \u79A1|\u794E \u7995|\u7962 \u79B0|\u796F \u798E|\u7977 \u79B1|\u7978 \u798D|\u7980 \u7A1F|\u7984 \u797F|\u7985 \u79AA|\u79BB \u96E2|\u79C3 \u79BF|\u79C6 \u7A08|\u79CD \u7A2E|\u79D8 \u7955|\u79EF \u7A4D|\u79F0 \u7A31|\u79FD \u7A62|\u79FE \u7A60|\u7A06 \u7A6D|\u7A0E \u7A05|\u7A23 \u7A4C|\u7A33 \u7A69|\u7A51 \u7A61|\u7A5E \u7A6D|\u7A77 \u7AAE|\u7A83 \u7ACA|\u7A8D \u7AC5|\u7A8E \u7AB5|\u7A91 \u7AAF|\u7A9C \u7AC4|\u7A9D \u7AA9|\u7AA5 \u7ABA|\u7AA6 \u7AC7|\u7AAD \u7AB6|\u7AD6 \u8C4E|\u7ADE \u7AF6|\u7B03 \u7BE4|\u7B0B \u7B4D|\u7B14 \u7B46|\u7B15 \u7B67|\u7B3A \u7B8B|\u7B3C \u7C60|\u7B3E \u7C69|\u7B51 \u7BC9|\u7B5A \u7BF3|\u7B5B \u7BE9|\u7B5C \u7C39|\u7B5D \u7B8F|\u7B79 \u7C4C|\u7B7C \u7BD4|\u7B7E \u7C64|\u7B7F \u7BE0|\u7B80 \u7C21|\u7B93 \u7C59|\u7BA6 \u7C00|\u7BA7 \u7BCB|\u7BA8 \u7C5C|\u7BA9 \u7C6E|\u7BAA \u7C1E|\u7BAB \u7C2B|\u7BD1 \u7C23|\u7BD3 \u7C0D|\u7BEE \u7C43|\u7BEF \u7C5B|\u7BF1 \u7C6C|\u7C16 \u7C6A|\u7C41 \u7C5F|\u7C74 \u7CF4|\u7C7B \u985E|\u7C7C \u79C8|\u7C9C \u7CF6|\u7C9D \u7CF2|\u7CA4 \u7CB5|\u7CAA \u7CDE|\u7CAE \u7CE7|\u7CBD \u7CC9|\u7CC1 \u7CDD|\u7CC7 \u9931|\u7CCD \u9908|\u7D27 \u7DCA|\u7D77 \u7E36|\u7DFC \u7E15|\u7E06 \u7DEA|\u7E9F \u7CF9|\u7EA0 \u7CFE|\u7EA1 \u7D06|\u7EA2 \u7D05|\u7EA3 \u7D02|\u7EA4 \u7E96|\u7EA5 \u7D07|\u7EA6 \u7D04|\u7EA7 \u7D1A|\u7EA8 \u7D08|\u7EA9 \u7E8A|\u7EAA \u7D00|\u7EAB \u7D09|\u7EAC \u7DEF|\u7EAD \u7D1C|\u7EAE \u7D18|\u7EAF \u7D14|\u7EB0 \u7D15|\u7EB1 \u7D17|\u7EB2 \u7DB1|\u7EB3 \u7D0D|\u7EB4 \u7D1D|\u7EB5 \u7E31|\u7EB6 \u7DB8|\u7EB7 \u7D1B|\u7EB8 \u7D19|\u7EB9 \u7D0B|\u7EBA \u7D21|\u7EBB \u7D35|\u7EBC \u7D16|\u7EBD \u7D10|\u7EBE \u7D13|\u7EBF \u7DDA|\u7EC0 \u7D3A|\u7EC1 \u7D32|\u7EC2 \u7D31|\u7EC3 \u7DF4|\u7EC4 \u7D44|\u7EC5 \u7D33|\u7EC6 \u7D30|\u7EC7 \u7E54|\u7EC8 \u7D42|\u7EC9 \u7E10|\u7ECA \u7D46|\u7ECB \u7D3C|\u7ECC \u7D40|\u7ECD \u7D39|\u7ECE \u7E79|\u7ECF \u7D93|\u7ED0 \u7D3F|\u7ED1 \u7D81|\u7ED2 \u7D68|\u7ED3 \u7D50|\u7ED4 \u7D5D|\u7ED5 \u7E5E|\u7ED6 \u7D70|\u7ED7 \u7D4E|\u7ED8 \u7E6A|\u7ED9 \u7D66|\u7EDA \u7D62|\u7EDB \u7D73|\u7EDC \u7D61|\u7EDD \u7D55|\u7EDE \u7D5E|\u7EDF \u7D71|\u7EE0 \u7D86|\u7EE1 \u7D83|\u7EE2 \u7D79|\u7EE3 \u7E61|\u7EE4 \u7D8C|\u7EE5 \u7D8F|\u7EE6 \u7D5B|\u7EE7 \u7E7C|\u7EE8 \u7D88|\u7EE9 \u7E3E|\u7EEA \u7DD2|\u7EEB \u7DBE|\u7EEC \u7DD3|\u7EED \u7E8C|\u7EEE \u7DBA|\u7EEF \u7DCB|\u7EF0 \u7DBD|\u7EF1 \u979D|\u7EF2 \u7DC4|\u7EF3 \u7E69|\u7EF4 \u7DAD|\u7EF5 \u7DBF|\u7EF6 \u7DAC|\u7EF7 \u7E43|\u7EF8 \u7DA2|\u7EF9 \u7DAF|\u7EFA \u7DB9|\u7EFB \u7DA3|\u7EFC \u7D9C|\u7EFD \u7DBB|\u7EFE \u7DB0|\u7EFF \u7DA0|\u7F00 \u7DB4|\u7F01 \u7DC7|\u7F02 \u7DD9|\u7F03 \u7DD7|\u7F04 \u7DD8|\u7F05 \u7DEC|\u7F06 \u7E9C|\u7F07 \u7DF9|\u7F08 \u7DF2|\u7F09 \u7DDD|\u7F0A \u7E15|\u7F0B \u7E62|\u7F0C \u7DE6|\u7F0D \u7D9E|\u7F0E \u7DDE|\u7F0F \u7DF6|\u7F10 \u7DDA|\u7F11 \u7DF1|\u7F12 \u7E0B|\u7F13 \u7DE9|\u7F14 \u7DE0|\u7F15 \u7E37|\u7F16 \u7DE8|\u7F17 \u7DE1|\u7F18 \u7DE3|\u7F19 \u7E09|\u7F1A \u7E1B|\u7F1B \u7E1F|\u7F1C \u7E1D|\u7F1D \u7E2B|\u7F1E \u7E17|\u7F1F \u7E1E|\u7F20 \u7E8F|\u7F21 \u7E2D|\u7F22 \u7E0A|\u7F23 \u7E11|\u7F24 \u7E7D|\u7F25 \u7E39|\u7F26 \u7E35|\u7F27 \u7E32|\u7F28 \u7E93|\u7F29 \u7E2E|\u7F2A \u7E46|\u7F2B \u7E45|\u7F2C \u7E88|\u7F2D \u7E5A|\u7F2E \u7E55|\u7F2F \u7E52|\u7F30 \u7E6E|\u7F31 \u7E7E|\u7F32 \u7E70|\u7F33 \u7E6F|\u7F34 \u7E73|\u7F35 \u7E98|\u7F42 \u7F4C|\u7F51 \u7DB2|\u7F57 \u7F85|\u7F5A \u7F70|\u7F62 \u7F77|\u7F74 \u7F86|\u7F81 \u7F88|\u7F9F \u7FA5|\u7FA1 \u7FA8|\u7FA4 \u7FA3|\u7FD8 \u7FF9|\u7FD9 \u7FFD|\u7FDA \u7FEC|\u8022 \u802E|\u8027 \u802C|\u8038 \u8073|\u803B \u6065|\u8042 \u8076|\u804B \u807E|\u804C \u8077|\u804D \u8079|\u8054 \u806F|\u8069 \u8075|\u806A \u8070|\u8083 \u8085|\u80A0 \u8178|\u80A4 \u819A|\u80AE \u9AAF|\u80B4 \u991A|\u80BE \u814E|\u80BF \u816B|\u80C0 \u8139|\u80C1 \u8105|\u80C6 \u81BD|\u80DC \u52DD|\u80E7 \u6727|\u80E8 \u8156|\u80EA \u81DA|\u80EB \u811B|\u80F6 \u81A0|\u8109 \u8108|\u810D \u81BE|\u810F \u9AD2|\u8110 \u81CD|\u8111 \u8166|\u8113 \u81BF|\u8114 \u81E0|\u811A \u8173|\u8131 \u812B|\u8136 \u8161|\u8138 \u81C9|\u814A \u81D8|\u814C \u9183|\u8158 \u8195|\u816D \u9F76|\u817B \u81A9|\u817C \u9766|\u817D \u8183|\u817E \u9A30|\u8191 \u81CF|\u81BB \u7FB6|\u81DC \u81E2|\u8206 \u8F3F|\u8223 \u8264|\u8230 \u8266|\u8231 \u8259|\u823B \u826B|\u8270 \u8271|\u8273 \u8C54|\u827A \u85DD|\u8282 \u7BC0|\u8288 \u7F8B|\u8297 \u858C|\u829C \u856A|\u82A6 \u8606|\u82C1 \u84EF|\u82C7 \u8466|\u82C8 \u85F6|\u82CB \u83A7|\u82CC \u8407|\u82CD \u84BC|\u82CE \u82E7|\u82CF \u8607|\u82E7 \u85B4|\u82F9 \u860B|\u8303 \u7BC4|\u830E \u8396|\u830F \u8622|\u8311 \u8526|\u8314 \u584B|\u8315 \u7162|\u8327 \u7E6D|\u8346 \u834A|\u8350 \u85A6|\u8359 \u8598|\u835A \u83A2|\u835B \u8558|\u835C \u84FD|\u835D \u8434|\u835E \u854E|\u835F \u8588|\u8360 \u85BA|\u8361 \u8569|\u8363 \u69AE|\u8364 \u8477|\u8365 \u6ECE|\u8366 \u7296|\u8367 \u7192|\u8368 \u8541|\u8369 \u85CE|\u836A \u84C0|\u836B \u852D|\u836C \u8552|\u836D \u8452|\u836E \u8464|\u836F \u85E5|\u8385 \u849E|\u83B1 \u840A|\u83B2 \u84EE|\u83B3 \u8494|\u83B4 \u8435|\u83B6 \u859F|\u83B7 \u7372|\u83B8 \u8555|\u83B9 \u7469|\u83BA \u9DAF|\u83BC \u84F4|\u841A \u8600|\u841D \u863F|\u8424 \u87A2|\u8425 \u71DF|\u8426 \u7E08|\u8427 \u856D|\u8428 \u85A9|\u8471 \u8525|\u8480 \u8495|\u8487 \u8546|\u8489 \u8562|\u848B \u8523|\u848C \u851E|\u848F \u919F|\u84DD \u85CD|\u84DF \u858A|\u84E0 \u863A|\u84E3 \u8577|\u84E5 \u93A3|\u84E6 \u9A40|\u8502 \u8646|\u8537 \u8594|\u8539 \u861E|\u853A \u85FA|\u853C \u85F9|\u8570 \u8580|\u8572 \u8604|\u8574 \u860A|\u85AE \u85EA|\u85D3 \u861A|\u85F4 \u860A|\u8616 \u6AF1|\u864F \u865C|\u8651 \u616E|\u865A \u865B|\u866B \u87F2|\u866C \u866F|\u866E \u87E3|\u8671 \u8768|\u867D \u96D6|\u867E \u8766|\u867F \u8806|\u8680 \u8755|\u8681 \u87FB|\u8682 \u879E|\u8683 \u8801|\u8695 \u8836|\u869D \u8814|\u86AC \u8706|\u86CA \u8831|\u86CE \u8823|\u86CF \u87F6|\u86EE \u883B|\u86F0 \u87C4|\u86F1 \u86FA|\u86F2 \u87EF|\u86F3 \u8784|\u86F4 \u8810|\u8715 \u86FB|\u8717 \u8778|\u8721 \u881F|\u8747 \u8805|\u8748 \u87C8|\u8749 \u87EC|\u874E \u880D|\u877C \u87BB|\u877E \u8811|\u8780 \u87BF|\u87A8 \u87CE|\u87CF \u8828|\u8845 \u91C1|\u8854 \u929C|\u8865 \u88DC|\u886C \u896F|\u886E \u889E|\u8884 \u8956|\u8885 \u5ACB|\u8886 \u8918|\u889C \u896A|\u88AD \u8972|\u88AF \u894F|\u88C5 \u88DD|\u88C6 \u8960|\u88C8 \u890C|\u88E2 \u8933|\u88E3 \u895D|\u88E4 \u8932|\u88E5 \u8949|\u891B \u8938|\u8934 \u8964|\u8955 \u8974|\u89C1 \u898B|\u89C2 \u89C0|\u89C3 \u898E|\u89C4 \u898F|\u89C5 \u8993|\u89C6 \u8996|\u89C7 \u8998|\u89C8 \u89BD|\u89C9 \u89BA|\u89CA \u89AC|\u89CB \u89A1|\u89CC \u89BF|\u89CD \u89A5|\u89CE \u89A6|\u89CF \u89AF|\u89D0 \u89B2|\u89D1 \u89B7|\u89DE \u89F4|\u89E6 \u89F8|\u89EF \u89F6|\u8A1A \u8ABE|\u8A5F \u8B8B|\u8A89 \u8B7D|\u8A8A \u8B04|\u8BA0 \u8A01|\u8BA1 \u8A08|\u8BA2 \u8A02|\u8BA3 \u8A03|\u8BA4 \u8A8D|\u8BA5 \u8B4F|\u8BA6 \u8A10|\u8BA7 \u8A0C|\u8BA8 \u8A0E|\u8BA9 \u8B93|\u8BAA \u8A15|\u8BAB \u8A16|\u8BAC \u8A17|\u8BAD \u8A13|\u8BAE \u8B70|\u8BAF \u8A0A|\u8BB0 \u8A18|\u8BB1 \u8A12|\u8BB2 \u8B1B|\u8BB3 \u8AF1|\u8BB4 \u8B33|\u8BB5 \u8A4E|\u8BB6 \u8A1D|\u8BB7 \u8A25|\u8BB8 \u8A31|\u8BB9 \u8A1B|\u8BBA \u8AD6|\u8BBB \u8A29|\u8BBC \u8A1F|\u8BBD \u8AF7|\u8BBE \u8A2D|\u8BBF \u8A2A|\u8BC0 \u8A23|\u8BC1 \u8B49|\u8BC2 \u8A41|\u8BC3 \u8A36|\u8BC4 \u8A55|\u8BC5 \u8A5B|\u8BC6 \u8B58|\u8BC7 \u8A57|\u8BC8 \u8A50|\u8BC9 \u8A34|\u8BCA \u8A3A|\u8BCB \u8A46|\u8BCC \u8B05|\u8BCD \u8A5E|\u8BCE \u8A58|\u8BCF \u8A54|\u8BD0 \u8A56|\u8BD1 \u8B6F|\u8BD2 \u8A52|\u8BD3 \u8A86|\u8BD4 \u8A84|\u8BD5 \u8A66|\u8BD6 \u8A7F|\u8BD7 \u8A69|\u8BD8 \u8A70|\u8BD9 \u8A7C|\u8BDA \u8AA0|\u8BDB \u8A85|\u8BDC \u8A75|\u8BDD \u8A71|\u8BDE \u8A95|\u8BDF \u8A6C|\u8BE0 \u8A6E|\u8BE1 \u8A6D|\u8BE2 \u8A62|\u8BE3 \u8A63|\u8BE4 \u8ACD|\u8BE5 \u8A72|\u8BE6 \u8A73|\u8BE7 \u8A6B|\u8BE8 \u8AE2|\u8BE9 \u8A61|\u8BEA \u8B78|\u8BEB \u8AA1|\u8BEC \u8AA3|\u8BED \u8A9E|\u8BEE \u8A9A|\u8BEF \u8AA4|\u8BF0 \u8AA5|\u8BF1 \u8A98|\u8BF2 \u8AA8|\u8BF3 \u8A91|\u8BF4 \u8AAA|\u8BF5 \u8AA6|\u8BF6 \u8A92|\u8BF7 \u8ACB|\u8BF8 \u8AF8|\u8BF9 \u8ACF|\u8BFA \u8AFE|\u8BFB \u8B80|\u8BFC \u8AD1|\u8BFD \u8AB9|\u8BFE \u8AB2|\u8BFF \u8AC9|\u8C00 \u8ADB|\u8C01 \u8AB0|\u8C02 \u8AD7|\u8C03 \u8ABF|\u8C04 \u8AC2|\u8C05 \u8AD2|\u8C06 \u8AC4|\u8C07 \u8AB6|\u8C08 \u8AC7|\u8C09 \u8B85|\u8C0A \u8ABC|\u8C0B \u8B00|\u8C0C \u8AF6|\u8C0D \u8ADC|\u8C0E \u8B0A|\u8C0F \u8AEB|\u8C10 \u8AE7|\u8C11 \u8B14|\u8C12 \u8B01|\u8C13 \u8B02|\u8C14 \u8AE4|\u8C15 \u8AED|\u8C16 \u8AFC|\u8C17 \u8B92|\u8C18 \u8AEE|\u8C19 \u8AF3|\u8C1A \u8AFA|\u8C1B \u8AE6|\u8C1C \u8B0E|\u8C1D \u8ADE|\u8C1E \u8ADD|\u8C1F \u8B28|\u8C20 \u8B9C|\u8C21 \u8B16|\u8C22 \u8B1D|\u8C23 \u8B20|\u8C24 \u8B17|\u8C25 \u8AE1|\u8C26 \u8B19|\u8C27 \u8B10|\u8C28 \u8B39|\u8C29 \u8B3E|\u8C2A \u8B2B|\u8C2B \u8B7E|\u8C2C \u8B2C|\u8C2D \u8B5A|\u8C2E \u8B56|\u8C2F \u8B59|\u8C30 \u8B95|\u8C31 \u8B5C|\u8C32 \u8B4E|\u8C33 \u8B9E|\u8C34 \u8B74|\u8C35 \u8B6B|\u8C36 \u8B96|\u8C6E \u8C76|\u8D1D \u8C9D|\u8D1E \u8C9E|\u8D1F \u8CA0|\u8D20 \u8C9F|\u8D21 \u8CA2|\u8D22 \u8CA1|\u8D23 \u8CAC|\u8D24 \u8CE2|\u8D25 \u6557|\u8D26 \u8CEC|\u8D27 \u8CA8|\u8D28 \u8CEA|\u8D29 \u8CA9|\u8D2A \u8CAA|\u8D2B \u8CA7|\u8D2C \u8CB6|\u8D2D \u8CFC|\u8D2E \u8CAF|\u8D2F \u8CAB|\u8D30 \u8CB3|\u8D31 \u8CE4|\u8D32 \u8CC1|\u8D33 \u8CB0|\u8D34 \u8CBC|\u8D35 \u8CB4|\u8D36 \u8CBA|\u8D37 \u8CB8|\u8D38 \u8CBF|\u8D39 \u8CBB|\u8D3A \u8CC0|\u8D3B \u8CBD|\u8D3C \u8CCA|\u8D3D \u8D04|\u8D3E \u8CC8|\u8D3F \u8CC4|\u8D40 \u8CB2|\u8D41 \u8CC3|\u8D42 \u8CC2|\u8D43 \u8D13|\u8D44 \u8CC7|\u8D45 \u8CC5|\u8D46 \u8D10|\u8D47 \u8CD5|\u8D48 \u8CD1|\u8D49 \u8CDA|\u8D4A \u8CD2|\u8D4B \u8CE6|\u8D4C \u8CED|\u8D4D \u9F4E|\u8D4E \u8D16|\u8D4F \u8CDE|\u8D50 \u8CDC|\u8D51 \u8D14|\u8D52 \u8CD9|\u8D53 \u8CE1|\u8D54 \u8CE0|\u8D55 \u8CE7|\u8D56 \u8CF4|\u8D57 \u8CF5|\u8D58 \u8D05|\u8D59 \u8CFB|\u8D5A \u8CFA|\u8D5B \u8CFD|\u8D5C \u8CFE|\u8D5D \u8D17|\u8D5E \u8D0A|\u8D5F \u8D07|\u8D60 \u8D08|\u8D61 \u8D0D|\u8D62 \u8D0F|\u8D63 \u8D1B|\u8D6A \u8D6C|\u8D75 \u8D99|\u8D76 \u8D95|\u8D8B \u8DA8|\u8DB1 \u8DB2|\u8DB8 \u8E89|\u8DC3 \u8E8D|\u8DC4 \u8E4C|\u8DD6 \u8E60|\u8DDE \u8E92|\u8DF5 \u8E10|\u8DF6 \u8E82|\u8DF7 \u8E7A|\u8DF8 \u8E55|\u8DF9 \u8E9A|\u8DFB \u8E8B|\u8E0C \u8E8A|\u8E2A \u8E64|\u8E2C \u8E93|\u8E2F \u8E91|\u8E51 \u8EA1|\u8E52 \u8E63|\u8E70 \u8E95|\u8E7F \u8EA5|\u8E8F \u8EAA|\u8E9C \u8EA6|\u8EAF \u8EC0|\u8F3C \u8F40|\u8F66 \u8ECA|\u8F67 \u8ECB|\u8F68 \u8ECC|\u8F69 \u8ED2|\u8F6A \u8ED1|\u8F6B \u8ED4|\u8F6C \u8F49|\u8F6D \u8EDB|\u8F6E \u8F2A|\u8F6F \u8EDF|\u8F70 \u8F5F|\u8F71 \u8EF2|\u8F72 \u8EFB|\u8F73 \u8F64|\u8F74 \u8EF8|\u8F75 \u8EF9|\u8F76 \u8EFC|\u8F77 \u8EE4|\u8F78 \u8EEB|\u8F79 \u8F62|\u8F7A \u8EFA|\u8F7B \u8F15|\u8F7C \u8EFE|\u8F7D \u8F09|\u8F7E \u8F0A|\u8F7F \u8F4E|\u8F80 \u8F08|\u8F81 \u8F07|\u8F82 \u8F05|\u8F83 \u8F03|\u8F84 \u8F12|\u8F85 \u8F14|\u8F86 \u8F1B|\u8F87 \u8F26|\u8F88 \u8F29|\u8F89 \u8F1D|\u8F8A \u8F25|\u8F8B \u8F1E|\u8F8C \u8F2C|\u8F8D \u8F1F|\u8F8E \u8F1C|\u8F8F \u8F33|\u8F90 \u8F3B|\u8F91 \u8F2F|\u8F92 \u8F40|\u8F93 \u8F38|\u8F94 \u8F61|\u8F95 \u8F45|\u8F96 \u8F44|\u8F97 \u8F3E|\u8F98 \u8F46|\u8F99 \u8F4D|\u8F9A \u8F54|\u8F9E \u8FAD|\u8F9F \u95E2|\u8FA9 \u8FAF|\u8FAB \u8FAE|\u8FB9 \u908A|\u8FBD \u907C|\u8FBE \u9054|\u8FC1 \u9077|\u8FC7 \u904E|\u8FC8 \u9081|\u8FD0 \u904B|\u8FD8 \u9084|\u8FD9 \u9019|\u8FDB \u9032|\u8FDC \u9060|\u8FDD \u9055|\u8FDE \u9023|\u8FDF \u9072|\u8FE9 \u9087|\u8FF3 \u9015|\u8FF9 \u8DE1|\u9002 \u9069|\u9009 \u9078|\u900A \u905C|\u9012 \u905E|\u9026 \u9090|\u903B \u908F|\u9057 \u907A|\u9065 \u9059|\u9093 \u9127|\u909D \u913A|\u90AC \u9114|\u90AE \u90F5|\u90B9 \u9112|\u90BA \u9134|\u90BB \u9130|\u90C1 \u9B31|\u90CF \u90DF|\u90D0 \u9136|\u90D1 \u912D|\u90D3 \u9106|\u90E6 \u9148|\u90E7 \u9116|\u90F8 \u9132|\u9142 \u9147|\u915D \u919E|\u9166 \u91B1|\u9171 \u91AC|\u917D \u91C5|\u917E \u91C3|\u917F \u91C0|\u9196 \u919E|\u91C7 \u63A1|\u91CA \u91CB|\u91CC \u88CF|\u9274 \u9451|\u92AE \u947E|\u933E \u93E8|\u9485 \u91D2|\u9486 \u91D3|\u9487 \u91D4|\u9488 \u91DD|\u9489 \u91D8|\u948A \u91D7|\u948B \u91D9|\u948C \u91D5|\u948D \u91F7|\u948E \u91FA|\u948F \u91E7|\u9490 \u91E4|\u9491 \u9212|\u9492 \u91E9|\u9493 \u91E3|\u9494 \u9346|\u9495 \u91F9|\u9496 \u935A|\u9497 \u91F5|\u9498 \u9203|\u9499 \u9223|\u949A \u9208|\u949B \u9226|\u949C \u9245|\u949D \u920D|\u949E \u9214|\u949F \u937E|\u94A0 \u9209|\u94A1 \u92C7|\u94A2 \u92FC|\u94A3 \u9211|\u94A4 \u9210|\u94A5 \u9470|\u94A6 \u6B3D|\u94A7 \u921E|\u94A8 \u93A2|\u94A9 \u9264|\u94AA \u9227|\u94AB \u9201|\u94AC \u9225|\u94AD \u9204|\u94AE \u9215|\u94AF \u9200|\u94B0 \u923A|\u94B1 \u9322|\u94B2 \u9266|\u94B3 \u9257|\u94B4 \u9237|\u94B5 \u9262|\u94B6 \u9233|\u94B7 \u9255|\u94B8 \u923D|\u94B9 \u9238|\u94BA \u925E|\u94BB \u947D|\u94BC \u926C|\u94BD \u926D|\u94BE \u9240|\u94BF \u923F|\u94C0 \u923E|\u94C1 \u9435|\u94C2 \u9251|\u94C3 \u9234|\u94C4 \u9460|\u94C5 \u925B|\u94C6 \u925A|\u94C7 \u924B|\u94C8 \u9230|\u94C9 \u9249|\u94CA \u9248|\u94CB \u924D|\u94CC \u922E|\u94CD \u9239|\u94CE \u9438|\u94CF \u9276|\u94D0 \u92AC|\u94D1 \u92A0|\u94D2 \u927A|\u94D3 \u92E9|\u94D4 \u930F|\u94D5 \u92AA|\u94D6 \u92EE|\u94D7 \u92CF|\u94D8 \u92E3|\u94D9 \u9403|\u94DA \u928D|\u94DB \u943A|\u94DC \u9285|\u94DD \u92C1|\u94DE \u92B1|\u94DF \u92A6|\u94E0 \u93A7|\u94E1 \u9358|\u94E2 \u9296|\u94E3 \u9291|\u94E4 \u92CC|\u94E5 \u92A9|\u94E6 \u929B|\u94E7 \u93F5|\u94E8 \u9293|\u94E9 \u93A9|\u94EA \u927F|\u94EB \u929A|\u94EC \u927B|\u94ED \u9298|\u94EE \u931A|\u94EF \u92AB|\u94F0 \u9278|\u94F1 \u92A5|\u94F2 \u93DF|\u94F3 \u9283|\u94F4 \u940B|\u94F5 \u92A8|\u94F6 \u9280|\u94F7 \u92A3|\u94F8 \u9444|\u94F9 \u9412|\u94FA \u92EA|\u94FB \u92D9|\u94FC \u9338|\u94FD \u92F1|\u94FE \u93C8|\u94FF \u93D7|\u9500 \u92B7|\u9501 \u9396|\u9502 \u92F0|\u9503 \u92E5|\u9504 \u92E4|\u9505 \u934B|\u9506 \u92EF|\u9507 \u92E8|\u9508 \u93FD|\u9509 \u92BC|\u950A \u92DD|\u950B \u92D2|\u950C \u92C5|\u950D \u92F6|\u950E \u9426|\u950F \u9427|\u9510 \u92B3|\u9511 \u92BB|\u9512 \u92C3|\u9513 \u92DF|\u9514 \u92E6|\u9515 \u9312|\u9516 \u9306|\u9517 \u937A|\u9518 \u9369|\u9519 \u932F|\u951A \u9328|\u951B \u931B|\u951C \u9321|\u951D \u9340|\u951E \u9301|\u951F \u9315|\u9520 \u9329|\u9521 \u932B|\u9522 \u932E|\u9523 \u947C|\u9524 \u9318|\u9525 \u9310|\u9526 \u9326|\u9527 \u9455|\u9528 \u9341|\u9529 \u9308|\u952A \u9343|\u952B \u9307|\u952C \u931F|\u952D \u9320|\u952E \u9375|\u952F \u92F8|\u9530 \u9333|\u9531 \u9319|\u9532 \u9365|\u9533 \u9348|\u9534 \u9347|\u9535 \u93D8|\u9536 \u9376|\u9537 \u9354|\u9538 \u9364|\u9539 \u936C|\u953A \u937E|\u953B \u935B|\u953C \u93AA|\u953D \u9360|\u953E \u9370|\u953F \u9384|\u9540 \u934D|\u9541 \u9382|\u9542 \u93E4|\u9543 \u93A1|\u9544 \u9428|\u9545 \u9387|\u9546 \u93CC|\u9547 \u93AE|\u9548 \u939B|\u9549 \u9398|\u954A \u9477|\u954B \u9482|\u954C \u942B|\u954D \u93B3|\u954E \u93BF|\u954F \u93A6|\u9550 \u93AC|\u9551 \u938A|\u9552 \u93B0|\u9553 \u93B5|\u9554 \u944C|\u9555 \u9394|\u9556 \u93E2|\u9557 \u93DC|\u9558 \u93DD|\u9559 \u93CD|\u955A \u93F0|\u955B \u93DE|\u955C \u93E1|\u955D \u93D1|\u955E \u93C3|\u955F \u93C7|\u9560 \u93D0|\u9561 \u9414|\u9562 \u9481|\u9563 \u9410|\u9564 \u93F7|\u9565 \u9465|\u9566 \u9413|\u9567 \u946D|\u9568 \u9420|\u9569 \u9479|\u956A \u93F9|\u956B \u9419|\u956C \u944A|\u956D \u9433|\u956E \u9436|\u956F \u9432|\u9570 \u942E|\u9571 \u943F|\u9572 \u9454|\u9573 \u9463|\u9574 \u945E|\u9575 \u9471|\u9576 \u9472|\u957F \u9577|\u95E8 \u9580|\u95E9 \u9582|\u95EA \u9583|\u95EB \u9586|\u95EC \u9588|\u95ED \u9589|\u95EE \u554F|\u95EF \u95D6|\u95F0 \u958F|\u95F1 \u95C8|\u95F2 \u9592|\u95F3 \u958E|\u95F4 \u9593|\u95F5 \u9594|\u95F6 \u958C|\u95F7 \u60B6|\u95F8 \u9598|\u95F9 \u9B27|\u95FA \u95A8|\u95FB \u805E|\u95FC \u95E5|\u95FD \u95A9|\u95FE \u95AD|\u95FF \u95D3|\u9600 \u95A5|\u9601 \u95A3|\u9602 \u95A1|\u9603 \u95AB|\u9604 \u9B2E|\u9605 \u95B1|\u9606 \u95AC|\u9607 \u95CD|\u9608 \u95BE|\u9609 \u95B9|\u960A \u95B6|\u960B \u9B29|\u960C \u95BF|\u960D \u95BD|\u960E \u95BB|\u960F \u95BC|\u9610 \u95E1|\u9611 \u95CC|\u9612 \u95C3|\u9613 \u95E0|\u9614 \u95CA|\u9615 \u95CB|\u9616 \u95D4|\u9617 \u95D0|\u9618 \u95D2|\u9619 \u95D5|\u961A \u95DE|\u961B \u95E4|\u961F \u968A|\u9633 \u967D|\u9634 \u9670|\u9635 \u9663|\u9636 \u968E|\u9645 \u969B|\u9646 \u9678|\u9647 \u96B4|\u9648 \u9673|\u9649 \u9658|\u9655 \u965D|\u9666 \u96AF|\u9667 \u9689|\u9668 \u9695|\u9669 \u96AA|\u968F \u96A8|\u9690 \u96B1|\u96B6 \u96B8|\u96BD \u96CB|\u96BE \u96E3|\u96C7 \u50F1|\u96CF \u96DB|\u96E0 \u8B8E|\u96F3 \u9742|\u96FE \u9727|\u9701 \u973D|\u9709 \u9EF4|\u9721 \u9722|\u972D \u9744|\u9753 \u975A|\u9754 \u975D|\u9759 \u975C|\u9765 \u9768|\u9791 \u97C3|\u9792 \u97BD|\u97AF \u97C9|\u97B2 \u97DD|\u97E6 \u97CB|\u97E7 \u97CC|\u97E8 \u97CD|\u97E9 \u97D3|\u97EA \u97D9|\u97EB \u97DE|\u97EC \u97DC|\u97F5 \u97FB|\u9875 \u9801|\u9876 \u9802|\u9877 \u9803|\u9878 \u9807|\u9879 \u9805|\u987A \u9806|\u987B \u9808|\u987C \u980A|\u987D \u9811|\u987E \u9867|\u987F \u9813|\u9880 \u980E|\u9881 \u9812|\u9882 \u980C|\u9883 \u980F|\u9884 \u9810|\u9885 \u9871|\u9886 \u9818|\u9887 \u9817|\u9888 \u9838|\u9889 \u9821|\u988A \u9830|\u988B \u9832|\u988C \u981C|\u988D \u6F41|\u988E \u71B2|\u988F \u9826|\u9890 \u9824|\u9891 \u983B|\u9892 \u982E|\u9893 \u9839|\u9894 \u9837|\u9895 \u9834|\u9896 \u7A4E|\u9897 \u9846|\u9898 \u984C|\u9899 \u9852|\u989A \u984E|\u989B \u9853|\u989C \u984F|\u989D \u984D|\u989E \u9873|\u989F \u9862|\u98A0 \u985B|\u98A1 \u9859|\u98A2 \u9865|\u98A3 \u7E87|\u98A4 \u986B|\u98A5 \u986C|\u98A6 \u9870|\u98A7 \u9874|\u98CE \u98A8|\u98CF \u98BA|\u98D0 \u98AD|\u98D1 \u98AE|\u98D2 \u98AF|\u98D3 \u98B6|\u98D4 \u98B8|\u98D5 \u98BC|\u98D6 \u98BB|\u98D7 \u98C0|\u98D8 \u98C4|\u98D9 \u98C6|\u98DA \u98C8|\u98DE \u98DB|\u98E8 \u9957|\u990D \u995C|\u9963 \u98E0|\u9964 \u98E3|\u9965 \u98E2|\u9966 \u98E5|\u9967 \u9933|\u9968 \u98E9|\u9969 \u993C|\u996A \u98EA|\u996B \u98EB|\u996C \u98ED|\u996D \u98EF|\u996E \u98F2|\u996F \u991E|\u9970 \u98FE|\u9971 \u98FD|\u9972 \u98FC|\u9973 \u98FF|\u9974 \u98F4|\u9975 \u990C|\u9976 \u9952|\u9977 \u9909|\u9978 \u9904|\u9979 \u990E|\u997A \u9903|\u997B \u990F|\u997C \u9905|\u997D \u9911|\u997E \u9916|\u997F \u9913|\u9980 \u9918|\u9981 \u9912|\u9982 \u9915|\u9983 \u991C|\u9984 \u991B|\u9985 \u9921|\u9986 \u9928|\u9987 \u9937|\u9988 \u994B|\u9989 \u9936|\u998A \u993F|\u998B \u995E|\u998C \u9941|\u998D \u9943|\u998E \u993A|\u998F \u993E|\u9990 \u9948|\u9991 \u9949|\u9992 \u9945|\u9993 \u994A|\u9994 \u994C|\u9995 \u9962|\u9A6C \u99AC|\u9A6D \u99AD|\u9A6E \u99B1|\u9A6F \u99B4|\u9A70 \u99B3|\u9A71 \u9A45|\u9A72 \u99B9|\u9A73 \u99C1|\u9A74 \u9A62|\u9A75 \u99D4|\u9A76 \u99DB|\u9A77 \u99DF|\u9A78 \u99D9|\u9A79 \u99D2|\u9A7A \u9A36|\u9A7B \u99D0|\u9A7C \u99DD|\u9A7D \u99D1|\u9A7E \u99D5|\u9A7F \u9A5B|\u9A80 \u99D8|\u9A81 \u9A4D|\u9A82 \u7F75|\u9A83 \u99F0|\u9A84 \u9A55|\u9A85 \u9A4A|\u9A86 \u99F1|\u9A87 \u99ED|\u9A88 \u99E2|\u9A89 \u9A6B|\u9A8A \u9A6A|\u9A8B \u9A01|\u9A8C \u9A57|\u9A8D \u9A02|\u9A8E \u99F8|\u9A8F \u99FF|\u9A90 \u9A0F|\u9A91 \u9A0E|\u9A92 \u9A0D|\u9A93 \u9A05|\u9A94 \u9A0C|\u9A95 \u9A4C|\u9A96 \u9A42|\u9A97 \u9A19|\u9A98 \u9A2D|\u9A99 \u9A24|\u9A9A \u9A37|\u9A9B \u9A16|\u9A9C \u9A41|\u9A9D \u9A2E|\u9A9E \u9A2B|\u9A9F \u9A38|\u9AA0 \u9A43|\u9AA1 \u9A3E|\u9AA2 \u9A44|\u9AA3 \u9A4F|\u9AA4 \u9A5F|\u9AA5 \u9A65|\u9AA6 \u9A66|\u9AA7 \u9A64|\u9AC5 \u9ACF|\u9ACB \u9AD6|\u9ACC \u9AD5|\u9B13 \u9B22|\u9B36 \u9B39|\u9B47 \u9B58|\u9B49 \u9B4E|\u9C7C \u9B5A|\u9C7D \u9B5B|\u9C7E \u9B62|\u9C7F \u9B77|\u9C80 \u9B68|\u9C81 \u9B6F|\u9C82 \u9B74|\u9C83 \u4C3E|\u9C84 \u9B7A|\u9C85 \u9B81|\u9C86 \u9B83|\u9C87 \u9B8E|\u9C88 \u9C78|\u9C89 \u9B8B|\u9C8A \u9B93|\u9C8B \u9B92|\u9C8C \u9B8A|\u9C8D \u9B91|\u9C8E \u9C5F|\u9C8F \u9B8D|\u9C90 \u9B90|\u9C91 \u9BAD|\u9C92 \u9B9A|\u9C93 \u9BB3|\u9C94 \u9BAA|\u9C95 \u9B9E|\u9C96 \u9BA6|\u9C97 \u9C02|\u9C98 \u9B9C|\u9C99 \u9C60|\u9C9A \u9C6D|\u9C9B \u9BAB|\u9C9C \u9BAE|\u9C9D \u9BBA|\u9C9E \u9BD7|\u9C9F \u9C58|\u9CA0 \u9BC1|\u9CA1 \u9C7A|\u9CA2 \u9C31|\u9CA3 \u9C39|\u9CA4 \u9BC9|\u9CA5 \u9C23|\u9CA6 \u9C37|\u9CA7 \u9BC0|\u9CA8 \u9BCA|\u9CA9 \u9BC7|\u9CAA \u9BB6|\u9CAB \u9BFD|\u9CAC \u9BD2|\u9CAD \u9BD6|\u9CAE \u9BEA|\u9CAF \u9BD5|\u9CB0 \u9BEB|\u9CB1 \u9BE1|\u9CB2 \u9BE4|\u9CB3 \u9BE7|\u9CB4 \u9BDD|\u9CB5 \u9BE2|\u9CB6 \u9BF0|\u9CB7 \u9BDB|\u9CB8 \u9BE8|\u9CB9 \u9C3A|\u9CBA \u9BF4|\u9CBB \u9BD4|\u9CBC \u9C5D|\u9CBD \u9C08|\u9CBE \u9C0F|\u9CBF \u9C68|\u9CC0 \u9BF7|\u9CC1 \u9C2E|\u9CC2 \u9C03|\u9CC3 \u9C13|\u9CC4 \u9C77|\u9CC5 \u9C0D|\u9CC6 \u9C12|\u9CC7 \u9C09|\u9CC8 \u9C01|\u9CC9 \u9C42|\u9CCA \u9BFF|\u9CCB \u9C20|\u9CCC \u9C32|\u9CCD \u9C2D|\u9CCE \u9C28|\u9CCF \u9C25|\u9CD0 \u9C29|\u9CD1 \u9C1F|\u9CD2 \u9C1C|\u9CD3 \u9C33|\u9CD4 \u9C3E|\u9CD5 \u9C48|\u9CD6 \u9C49|\u9CD7 \u9C3B|\u9CD8 \u9C35|\u9CD9 \u9C45|\u9CDA \u4C81|\u9CDB \u9C3C|\u9CDC \u9C56|\u9CDD \u9C54|\u9CDE \u9C57|\u9CDF \u9C52|\u9CE0 \u9C6F|\u9CE1 \u9C64|\u9CE2 \u9C67|\u9CE3 \u9C63|\u9CE4 \u4C98|\u9E1F \u9CE5|\u9E20 \u9CE9|\u9E21 \u96DE|\u9E22 \u9CF6|\u9E23 \u9CF4|\u9E24 \u9CF2|\u9E25 \u9DD7|\u9E26 \u9D09|\u9E27 \u9DAC|\u9E28 \u9D07|\u9E29 \u9D06|\u9E2A \u9D23|\u9E2B \u9D87|\u9E2C \u9E15|\u9E2D \u9D28|\u9E2E \u9D1E|\u9E2F \u9D26|\u9E30 \u9D12|\u9E31 \u9D1F|\u9E32 \u9D1D|\u9E33 \u9D1B|\u9E34 \u9DFD|\u9E35 \u9D15|\u9E36 \u9DE5|\u9E37 \u9DD9|\u9E38 \u9D2F|\u9E39 \u9D30|\u9E3A \u9D42|\u9E3B \u9D34|\u9E3C \u9D43|\u9E3D \u9D3F|\u9E3E \u9E1E|\u9E3F \u9D3B|\u9E40 \u9D50|\u9E41 \u9D53|\u9E42 \u9E1D|\u9E43 \u9D51|\u9E44 \u9D60|\u9E45 \u9D5D|\u9E46 \u9D52|\u9E47 \u9DF3|\u9E48 \u9D5C|\u9E49 \u9D61|\u9E4A \u9D72|\u9E4B \u9D93|\u9E4C \u9D6A|\u9E4D \u9D7E|\u9E4E \u9D6F|\u9E4F \u9D6C|\u9E50 \u9D6E|\u9E51 \u9D89|\u9E52 \u9D8A|\u9E53 \u9D77|\u9E54 \u9DEB|\u9E55 \u9D98|\u9E56 \u9DA1|\u9E57 \u9D9A|\u9E58 \u9DBB|\u9E59 \u9D96|\u9E5A \u9DC0|\u9E5B \u9DA5|\u9E5C \u9DA9|\u9E5D \u9DCA|\u9E5E \u9DC2|\u9E5F \u9DB2|\u9E60 \u9DB9|\u9E61 \u9DBA|\u9E62 \u9DC1|\u9E63 \u9DBC|\u9E64 \u9DB4|\u9E65 \u9DD6|\u9E66 \u9E1A|\u9E67 \u9DD3|\u9E68 \u9DDA|\u9E69 \u9DEF|\u9E6A \u9DE6|\u9E6B \u9DF2|\u9E6C \u9DF8|\u9E6D \u9DFA|\u9E6E \u4D09|\u9E6F \u9E07|\u9E70 \u9DF9|\u9E71 \u9E0C|\u9E72 \u9E0F|\u9E73 \u9E1B|\u9E74 \u9E18|\u9E7E \u9E7A|\u9EA6 \u9EA5|\u9EB8 \u9EA9|\u9EB9 \u9EB4|\u9EBA \u9EAA|\u9EBD \u9EBC|\u9EC4 \u9EC3|\u9EC9 \u9ECC|\u9EE1 \u9EF6|\u9EE9 \u9EF7|\u9EEA \u9EF2|\u9EFE \u9EFD|\u9F0B \u9EFF|\u9F0C \u9F02|\u9F0D \u9F09|\u9F39 \u9F34|\u9F50 \u9F4A|\u9F51 \u9F4F|\u9F7F \u9F52|\u9F80 \u9F54|\u9F81 \u9F55|\u9F82 \u9F57|\u9F83 \u9F5F|\u9F84 \u9F61|\u9F85 \u9F59|\u9F86 \u9F60|\u9F87 \u9F5C|\u9F88 \u9F66|\u9F89 \u9F6C|\u9F8A \u9F6A|\u9F8B \u9F72|\u9F8C \u9F77|\u9F99 \u9F8D|\u9F9A \u9F94|\u9F9B \u9F95|\u9F9F \u9F9C|\u9FCE \u40EE|\u9FCF \u4951|\u9FD2 \u9FD3|\u9FD4 \u93B6|\u{2003E} \u{2005E}|\u{201B2} \u5123|\u{201BF} \u{20325}|\u{201F9} \u4FD3|\u{20242} \u3493|\u{20257} \u{203E2}|\u{202C6} \u512D|\u{206B3} \u{2080E}|\u{206C5} \u527E|\u{206C6} \u{20786}|\u{206FE} \u{2A7D6}|\u{20860} \u52D1|\u{20BB6} \u55F0|\u{20BDF} \u54EF|\u{20BE0} \u5645|\u{20C31} \u3609|\u{20C37} \u56A7|\u{20C5E} \u56C3|\u{20CA5} \u{2114F}|\u{20D1B} \u{210D5}|\u{20D22} \u{21114}|\u{20D78} \u{21123}|\u{20D7E} \u35F2|\u{212C0} \u{214FE}|\u{212D7} \u{2146D}|\u{212E4} \u58D7|\u{21363} \u{21516}|\u{21484} \u58C8|\u{21760} \u3737|\u{2178B} \u3717|\u{217B1} \u3722|\u{2181F} \u5B4E|\u{21967} \u5B7B|\u{21B5C} \u{21B89}|\u{21B6C} \u{21BA3}|\u{21CC3} \u{21CF3}|\u{21CD2} \u{26627}|\u{21DB4} \u5D7C|\u{21E03} \u{21F57}|\u{21E83} \u5D88|\u{21E84} \u5D98|\u{222C8} \u389D|\u{225D3} \u399B|\u{22619} \u{22931}|\u{2261D} \u{228DA}|\u{2261E} \u{228ED}|\u{2264F} \u613B|\u{22650} \u61B9|\u{22651} \u{2283C}|\u{22652} \u61A2|\u{22653} \u61C0|\u{226EF} \u398E|\u{22801} \u61CE|\u{22890} \u{248BB}|\u{229D0} \u6230|\u{22ACA} \u{22DEE}|\u{22ADE} \u{22DAB}|\u{22AEC} \u644B|\u{22B0D} \u64EB|\u{22B26} \u{22E7F}|\u{22B4F} \u64E3|\u{22F7E} \u6585|\u{230C1} \u65B8|\u{23190} \u66E5|\u{23223} \u{232CB}|\u{23368} \u{26888}|\u{2336F} \u816A|\u{23370} \u8125|\u{23391} \u81D7|\u{233E2} \u69EB|\u{23415} \u6871|\u{23424} \u6B0D|\u{23476} \u{23832}|\u{2348C} \u6947|\u{234FF} \u6A6F|\u{2350C} \u6A24|\u{235CA} \u6A20|\u{235CB} \u6B13|\u{235D9} \u3C19|\u{23610} \u3BE4|\u{23613} \u{237BB}|\u{23634} \u6AAD|\u{23637} \u{23755}|\u{2369A} \u6B18|\u{2378E} \u{23829}|\u{23A3C} \u6BA2|\u{23B64} \u{23BF4}|\u{23BE3} \u{23BE9}|\u{23C5D} \u6C2D|\u{23C97} \u6E4B|\u{23C98} \u6F55|\u{23CC6} \u3D57|\u{23DA9} \u6F85|\u{23DAB} \u{23FC9}|\u{23DAD} \u{2ADD3}|\u{23DF7} \u{24176}|\u{23E23} \u6FC6|\u{23EBC} \u7059|\u{23EBD} \u{24063}|\u{23F77} \u7003|\u{241A1} \u7193|\u{241A2} \u3DCD|\u{241C3} \u7204|\u{241C4} \u718C|\u{241ED} \u7216|\u{241F9} \u719A|\u{24236} \u7189|\u{24237} \u3DFF|\u{24280} \u{2448E}|\u{242B0} \u{244E9}|\u{242CF} \u71A1|\u{243BA} \u{244CE}|\u{243BB} \u{24473}|\u{2466F} \u{246EE}|\u{24762} \u{2489F}|\u{24783} \u7369|\u{247A4} \u7381|\u{2480B} \u3E8F|\u{24980} \u74D5|\u{24A7D} \u74DB|\u{24CC4} \u{24CF8}|\u{24D8A} \u7650|\u{24DA7} \u{24E2B}|\u{24ECA} \u3FD7|\u{24F6F} \u3FE7|\u{24F80} \u769F|\u{24FF2} \u9EAC|\u{25062} \u4009|\u{25158} \u{25303}|\u{25174} \u4039|\u{2517F} \u{2529D}|\u{251A7} \u77A4|\u{251E2} \u406A|\u{2539D} \u408E|\u{2541F} \u7912|\u{2542F} \u{25585}|\u{25430} \u{25565}|\u{2543B} \u7899|\u{257A6} \u{257B5}|\u{259C2} \u{25A10}|\u{25A5F} \u7ADA|\u{25A7A} \u{25A82}|\u{25AE3} \u7C45|\u{25B00} \u4259|\u{25B1E} \u7C4B|\u{25B20} \u7BD8|\u{25B49} \u{25D4A}|\u{25B8B} \u{25E20}|\u{25B9C} \u4272|\u{25BBE} \u7BF8|\u{25C54} \u{25D43}|\u{25E65} \u{25F3D}|\u{25E85} \u42AD|\u{25E87} \u{25F56}|\u{26208} \u{25FCA}|\u{26209} \u7DF7|\u{2620B} \u7D87|\u{2620C} \u7D80|\u{2620E} \u7E5F|\u{2620F} \u7DCD|\u{26210} \u7E3A|\u{26211} \u7DF8|\u{26212} \u{26085}|\u{26213} \u42FF|\u{26214} \u7E0E|\u{26215} \u7DF0|\u{26216} \u4308|\u{26217} \u{260C4}|\u{26218} \u430B|\u{26219} \u4330|\u{2621A} \u7E2C|\u{2621B} \u7E53|\u{2621C} \u4316|\u{2621D} \u7E4F|\u{2621E} \u431F|\u{2621F} \u431D|\u{26220} \u4325|\u{26221} \u7E7B|\u{26360} \u437D|\u{266E8} \u6725|\u{2677C} \u81A2|\u{267D7} \u{268CE}|\u{26A29} \u{26ABD}|\u{26C0F} \u84E7|\u{26C34} \u4573|\u{26D9F} \u7207|\u{26DBB} \u{26F9F}|\u{26ED5} \u861F|\u{27250} \u{2755F}|\u{2725E} \u45FF|\u{27325} \u{27388}|\u{273D6} \u8819|\u{273D7} \u8800|\u{2744F} \u883E|\u{274AD} \u{27525}|\u{2772D} \u4671|\u{2775D} \u8970|\u{27767} \u{277C0}|\u{27BAA} \u8A40|\u{27CD5} \u{27CDF}|\u{27E51} \u4788|\u{27E52} \u8CB7|\u{27E53} \u{27D94}|\u{27E54} \u8CEC|\u{27E55} \u477B|\u{27E56} \u8CDF|\u{27E57} \u8D03|\u{27FC8} \u{281C1}|\u{28001} \u8E98|\u{28031} \u{28123}|\u{28074} \u{2814D}|\u{280BA} \u{2820A}|\u{28104} \u{2820C}|\u{2815B} \u4831|\u{2816B} \u{281DE}|\u{2816C} \u8E9D|\u{28257} \u8EC9|\u{28405} \u8ED7|\u{28406} \u{282BB}|\u{28407} \u{283E0}|\u{28408} \u8F04|\u{28409} \u{283AE}|\u{2840A} \u{283E5}|\u{28479} \u48A8|\u{287F3} \u{288DE}|\u{28828} \u{288E7}|\u{28859} \u{288BF}|\u{2887A} \u{288C8}|\u{28930} \u{2893B}|\u{28C3E} \u93B7|\u{28C3F} \u91F3|\u{28C40} \u{2895B}|\u{28C41} \u9220|\u{28C42} \u920B|\u{28C43} \u9232|\u{28C44} \u922F|\u{28C45} \u9241|\u{28C46} \u9FAF|\u{28C47} \u92B6|\u{28C48} \u92C9|\u{28C49} \u9344|\u{28C4A} \u{289F1}|\u{28C4B} \u9302|\u{28C4C} \u93C6|\u{28C4D} \u93AF|\u{28C4E} \u936E|\u{28C4F} \u939D|\u{28C50} \u{28AD2}|\u{28C51} \u9404|\u{28C52} \u93C9|\u{28C53} \u940E|\u{28C54} \u940F|\u{28C55} \u{28B82}|\u{28C56} \u4969|\u{28DFF} \u49B3|\u{28E00} \u{28CD5}|\u{28E01} \u{28CD1}|\u{28E02} \u958D|\u{28E03} \u9590|\u{28E04} \u4998|\u{28E05} \u{28D17}|\u{28E06} \u{28D69}|\u{28E07} \u{28D78}|\u{28E09} \u{28D80}|\u{28E0A} \u{28D8F}|\u{28E0B} \u{28DB2}|\u{28E0C} \u{28DAE}|\u{28E0E} \u{28DF2}|\u{28E18} \u{28F4F}|\u{28E1F} \u49E2|\u{293FC} \u4A8F|\u{293FD} \u{293EA}|\u{293FE} \u{293A2}|\u{293FF} \u4A98|\u{29400} \u4A97|\u{294CB} \u9842|\u{29595} \u{294E3}|\u{29596} \u9843|\u{29597} \u4AF4|\u{29665} \u98B0|\u{29666} \u{295C0}|\u{29667} \u4B1E|\u{29668} \u{29639}|\u{29669} \u{29600}|\u{2966A} \u98B7|\u{2966B} \u98BE|\u{2966C} \u{2963A}|\u{2966D} \u{2961D}|\u{2966E} \u4B18|\u{2966F} \u4B1D|\u{29670} \u{29648}|\u{297FF} \u{2969B}|\u{29800} \u{296A5}|\u{29801} \u{296B5}|\u{29802} \u{296C6}|\u{29803} \u{296E9}|\u{29805} \u{297D0}|\u{29806} \u{29726}|\u{29807} \u4B40|\u{29808} \u4B43|\u{29809} \u{29707}|\u{2980A} \u{29735}|\u{2980B} \u{29754}|\u{2980C} \u9938|\u{2980E} \u{29784}|\u{2980F} \u{297A6}|\u{29820} \u{29834}|\u{29856} \u{29863}|\u{299E6} \u{2987A}|\u{299E8} \u99CE|\u{299E9} \u{2990A}|\u{299EA} \u4BBE|\u{299EB} \u99DA|\u{299EC} \u{298A1}|\u{299ED} \u4B7F|\u{299EE} \u{298BE}|\u{299EF} \u9A4B|\u{299F0} \u4B9D|\u{299F1} \u{29949}|\u{299F2} \u99E7|\u{299F3} \u{298B8}|\u{299F4} \u99E9|\u{299F5} \u{298B4}|\u{299F6} \u{298CF}|\u{299F8} \u{298EB}|\u{299FA} \u99F6|\u{299FB} \u{298F5}|\u{299FC} \u{298FA}|\u{299FF} \u4BA0|\u{29A00} \u9A14|\u{29A01} \u4B9E|\u{29A02} \u9A44|\u{29A03} \u9A1D|\u{29A04} \u9A2A|\u{29A05} \u{29938}|\u{29A06} \u{29919}|\u{29A07} \u4BAB|\u{29A08} \u9A1F|\u{29A09} \u{29932}|\u{29A0A} \u9A1A|\u{29A0B} \u{29944}|\u{29A0C} \u{29951}|\u{29A0D} \u{29947}|\u{29A0E} \u9FAD|\u{29A0F} \u4BB3|\u{29A10} \u{299C6}|\u{29A48} \u4BE4|\u{29B23} \u{29B59}|\u{29B24} \u{29C00}|\u{29B79} \u9B16|\u{29BD2} \u{29BF3}|\u{29C30} \u{29C39}|\u{29C92} \u{29CE4}|\u{29D0C} \u{29D35}|\u{29F79} \u9B65|\u{29F7A} \u{29D69}|\u{29F7B} \u{29D79}|\u{29F7C} \u9BF6|\u{29F7D} \u{29DB1}|\u{29F7E} \u9B9F|\u{29F7F} \u{29DB0}|\u{29F81} \u9BC4|\u{29F82} \u4C96|\u{29F83} \u9BB8|\u{29F84} \u{29DF0}|\u{29F85} \u{29E03}|\u{29F86} \u{29E26}|\u{29F87} \u9BF1|\u{29F88} \u4C59|\u{29F8A} \u4C6C|\u{29F8B} \u4C70|\u{29F8C} \u9C47|\u{29F8E} \u{29F47}|\u{2A242} \u4CB0|\u{2A243} \u9CFC|\u{2A244} \u{29FEA}|\u{2A245} \u{2A026}|\u{2A246} \u9D32|\u{2A248} \u9D1C|\u{2A249} \u{2A048}|\u{2A24A} \u9DE8|\u{2A24B} \u{2A03E}|\u{2A24C} \u{2A056}|\u{2A24D} \u9D5A|\u{2A24E} \u{2A086}|\u{2A24F} \u{2A0CF}|\u{2A250} \u{2A0CD}|\u{2A251} \u9DD4|\u{2A252} \u{2A115}|\u{2A254} \u{2A106}|\u{2A255} \u{2A1F3}|\u{2A388} \u4D2C|\u{2A389} \u9EB2|\u{2A38A} \u9EA8|\u{2A38B} \u4D34|\u{2A38C} \u9EB3|\u{2A445} \u4D73|\u{2A52D} \u{2A535}|\u{2A68F} \u{2A600}|\u{2A690} \u{2A62F}|\u{2A70E} \u{20FD5}|\u{2A79D} \u51D9|\u{2A7CE} \u350B|\u{2A7DD} \u52E3|\u{2A800} \u{27DCE}|\u{2A81F} \u34C4|\u{2A821} \u{20B19}|\u{2A833} \u5513|\u{2A835} \u35AE|\u{2A838} \u569B|\u{2A83A} \u{20F43}|\u{2A83D} \u5679|\u{2A840} \u563A|\u{2A843} \u562A|\u{2A84B} \u565E|\u{2A84F} \u55F9|\u{2A85B} \u35FF|\u{2A85E} \u5633|\u{2A87A} \u{210C4}|\u{2A88C} \u3613|\u{2A890} \u{210E4}|\u{2A892} \u{210A1}|\u{2A895} \u56BD|\u{2A896} \u{2116F}|\u{2A8A0} \u56D2|\u{2A8AE} \u571E|\u{2A8B8} \u58B2|\u{2A8C6} \u57EC|\u{2A8D2} \u581A|\u{2A8FB} \u587F|\u{2A904} \u{214C1}|\u{2A91A} \u58E3|\u{2A960} \u{27E48}|\u{2A96B} \u5B47|\u{2A970} \u5B23|\u{2A97F} \u5B3B|\u{2A9C0} \u5B7E|\u{2A9D8} \u5BE0|\u{2AA0A} \u379E|\u{2AA17} \u5C69|\u{2AA27} \u5D19|\u{2AA29} \u{21E17}|\u{2AA36} \u8F0B|\u{2AA37} \u5DD7|\u{2AA39} \u{21E6C}|\u{2AA47} \u37FA|\u{2AA4E} \u5DCA|\u{2AA58} \u5DD8|\u{2AA5B} \u{21FD6}|\u{2AA77} \u5E5D|\u{2AA78} \u5E69|\u{2AA8F} \u5EEC|\u{2AA91} \u3897|\u{2AA9E} \u5EE7|\u{2AAB4} \u{22370}|\u{2AABC} \u5F43|\u{2AACC} \u5FBF|\u{2AAE1} \u{22929}|\u{2AAF7} \u399E|\u{2AAFA} \u61B8|\u{2AB1A} \u{228D0}|\u{2AB2F} \u{2293F}|\u{2AB5D} \u{22BF7}|\u{2AB62} \u6450|\u{2AB67} \u64DF|\u{2AB6F} \u{22D92}|\u{2AB75} \u639A|\u{2AB7E} \u648A|\u{2AB83} \u3A3B|\u{2AB8B} \u3A4B|\u{2AB96} \u64A7|\u{2ABB3} \u{22EB3}|\u{2ABB6} \u650B|\u{2ABCB} \u3A8E|\u{2AC36} \u66CA|\u{2AC65} \u81B9|\u{2AC77} \u6896|\u{2AC8E} \u6AC5|\u{2AC94} \u6B10|\u{2AC9B} \u6AB5|\u{2ACAE} \u6AE0|\u{2ACCD} \u6B07|\u{2ACD7} \u{2372C}|\u{2AD19} \u6B11|\u{2AD51} \u6BCA|\u{2AD63} \u973C|\u{2AD71} \u6FFF|\u{2AD84} \u6EA1|\u{2AD92} \u{24137}|\u{2ADAE} \u{23F4F}|\u{2ADCD} \u3D7E|\u{2ADFD} \u7052|\u{2AE15} \u7182|\u{2AE29} \u7147|\u{2AE40} \u{24479}|\u{2AE60} \u{244CC}|\u{2AE73} \u7225|\u{2AE79} \u{244BB}|\u{2AEA3} \u{24600}|\u{2AEAA} \u{24706}|\u{2AEAD} \u729E|\u{2AEB7} \u734A|\u{2AEB8} \u{2482E}|\u{2AEBB} \u3E9C|\u{2AEBD} \u730C|\u{2AED0} \u747D|\u{2AEE8} \u74C4|\u{2AEF2} \u747B|\u{2AEFA} \u749D|\u{2AF0B} \u3EF6|\u{2AF34} \u{24B05}|\u{2AF48} \u757C|\u{2AF5D} \u{24CF7}|\u{2AF6A} \u75EE|\u{2AF6D} \u{24DC3}|\u{2AF6E} \u3FD6|\u{2AF74} \u{24E94}|\u{2AF77} \u7631|\u{2AF94} \u76E8|\u{2AFA2} \u774D|\u{2AFA3} \u771D|\u{2AFA6} \u77D1|\u{2AFB8} \u77C9|\u{2AFCA} \u{253DD}|\u{2AFDE} \u{255B2}|\u{2AFEB} \u792E|\u{2AFF5} \u{255C7}|\u{2B00C} \u{25730}|\u{2B013} \u{25710}|\u{2B028} \u4150|\u{2B02C} \u4173|\u{2B02E} \u{258B7}|\u{2B042} \u4189|\u{2B05F} \u7AF1|\u{2B061} \u9D17|\u{2B071} \u{25DBD}|\u{2B072} \u4251|\u{2B073} \u{25BE4}|\u{2B077} \u4276|\u{2B07A} \u{25D3C}|\u{2B083} \u7C22|\u{2B086} \u7C02|\u{2B088} \u426C|\u{2B096} \u{25D28}|\u{2B0BF} \u{25EE6}|\u{2B0D7} \u{293F7}|\u{2B119} \u7CFA|\u{2B11A} \u42BA|\u{2B11B} \u7D1F|\u{2B11C} \u42C3|\u{2B11D} \u{25FAF}|\u{2B11E} \u42D4|\u{2B11F} \u7D41|\u{2B120} \u7D59|\u{2B121} \u7D67|\u{2B122} \u7D65|\u{2B123} \u7E77|\u{2B124} \u7E68|\u{2B125} \u7E9A|\u{2B126} \u{26016}|\u{2B127} \u7D96|\u{2B128} \u7D7A|\u{2B129} \u42E6|\u{2B12A} \u{26147}|\u{2B12B} \u7D9F|\u{2B12C} \u7DE4|\u{2B12D} \u7DEE|\u{2B12E} \u42FC|\u{2B12F} \u{260E9}|\u{2B130} \u7E0D|\u{2B131} \u7E6C|\u{2B132} \u7E38|\u{2B133} \u7E30|\u{2B134} \u7E42|\u{2B135} \u{26148}|\u{2B136} \u7E48|\u{2B137} \u7E76|\u{2B138} \u7E81|\u{2B139} \u7E97|\u{2B145} \u4364|\u{2B157} \u7FB5|\u{2B165} \u{26480}|\u{2B16D} \u4399|\u{2B17C} \u{26516}|\u{2B18F} \u807B|\u{2B19D} \u{267FC}|\u{2B1AB} \u{2685D}|\u{2B1D8} \u{269FA}|\u{2B1DB} \u8263|\u{2B1EA} \u{26C4C}|\u{2B1ED} \u853F|\u{2B1F4} \u84AD|\u{2B1FD} \u857D|\u{2B209} \u8573|\u{2B20E} \u845D|\u{2B21F} \u852F|\u{2B235} \u855D|\u{2B241} \u8586|\u{2B244} \u85F7|\u{2B2AA} \u45C5|\u{2B2AE} \u8826|\u{2B2B8} \u87DC|\u{2B2B9} \u{274AF}|\u{2B2BB} \u87F3|\u{2B2C7} \u87C2|\u{2B2CC} \u87D8|\u{2B2F2} \u4654|\u{2B2F7} \u8957|\u{2B2F9} \u8953|\u{2B2FB} \u8958|\u{2B300} \u8940|\u{2B307} \u8975|\u{2B30B} \u{277AB}|\u{2B328} \u89BC|\u{2B32A} \u899B|\u{2B32B} \u{27874}|\u{2B32C} \u{27884}|\u{2B32D} \u89B9|\u{2B32F} \u46A9|\u{2B350} \u{27B79}|\u{2B359} \u8A11|\u{2B35A} \u8A1E|\u{2B35B} \u8A1C|\u{2B35C} \u8A53|\u{2B35D} \u8AEB|\u{2B35E} \u{2799D}|\u{2B35F} \u{279A7}|\u{2B360} \u46C4|\u{2B361} \u8A51|\u{2B362} \u8B4A|\u{2B363} \u8A77|\u{2B364} \u8B51|\u{2B365} \u8A82|\u{2B366} \u8B68|\u{2B367} \u8ABA|\u{2B368} \u8AAB|\u{2B369} \u8AE3|\u{2B36A} \u8A8B|\u{2B36B} \u46F3|\u{2B36C} \u8AB7|\u{2B36D} \u{27A55}|\u{2B36E} \u8AB3|\u{2B36F} \u8AF4|\u{2B370} \u8AF0|\u{2B371} \u8AEF|\u{2B372} \u8B0F|\u{2B373} \u8AE5|\u{2B374} \u8B31|\u{2B375} \u8B38|\u{2B376} \u{27A7C}|\u{2B377} \u8B09|\u{2B378} \u8B06|\u{2B379} \u8B2F|\u{2B37A} \u{27ADD}|\u{2B37B} \u8B46|\u{2B37C} \u{27B24}|\u{2B37D} \u8B5E|\u{2B37E} \u{27B48}|\u{2B37F} \u8B7E|\u{2B386} \u8C75|\u{2B38C} \u8C97|\u{2B3A6} \u8D1A|\u{2B3A7} \u476D|\u{2B3A8} \u{27E18}|\u{2B3A9} \u8CDD|\u{2B3AA} \u478B|\u{2B3AB} \u8D09|\u{2B3AC} \u8D11|\u{2B3AD} \u4793|\u{2B3B1} \u47D0|\u{2B3B3} \u47C6|\u{2B3B8} \u{27F6F}|\u{2B3BA} \u47C3|\u{2B3C3} \u4806|\u{2B3C6} \u8E73|\u{2B3CB} \u8E7B|\u{2B3CC} \u{28090}|\u{2B3D0} \u8E54|\u{2B3D1} \u{281FD}|\u{2B3D5} \u{281AA}|\u{2B3DE} \u{281F0}|\u{2B3E8} \u{281E4}|\u{2B404} \u8ECF|\u{2B405} \u8ED5|\u{2B406} \u8F63|\u{2B407} \u8EDC|\u{2B408} \u8EF7|\u{2B409} \u8EE8|\u{2B40A} \u8EEC|\u{2B40B} \u{2838C}|\u{2B40C} \u8EFF|\u{2B40D} \u{28308}|\u{2B40E} \u8F22|\u{2B40F} \u8F16|\u{2B410} \u8F17|\u{2B411} \u8F28|\u{2B412} \u8F37|\u{2B413} \u8F2E|\u{2B414} \u{28370}|\u{2B415} \u8F4A|\u{2B416} \u8F47|\u{2B417} \u8F50|\u{2B418} \u8F57|\u{2B419} \u8F60|\u{2B437} \u9071|\u{2B458} \u911F|\u{2B461} \u9133|\u{2B477} \u91B6|\u{2B4E5} \u91DF|\u{2B4E6} \u91E8|\u{2B4E7} \u9207|\u{2B4E8} \u921B|\u{2B4E9} \u93E6|\u{2B4EA} \u9206|\u{2B4EB} \u{2895F}|\u{2B4EC} \u9254|\u{2B4ED} \u9260|\u{2B4EE} \u{28A95}|\u{2B4EF} \u9288|\u{2B4F0} \u928A|\u{2B4F1} \u9408|\u{2B4F2} \u9281|\u{2B4F3} \u{28C0B}|\u{2B4F4} \u927E|\u{2B4F5} \u92E0|\u{2B4F6} \u92D7|\u{2B4F7} \u{2B4A1}|\u{2B4F8} \u933D|\u{2B4F9} \u9324|\u{2B4FA} \u942A|\u{2B4FB} \u931C|\u{2B4FC} \u{28A1B}|\u{2B4FD} \u931D|\u{2B4FE} \u9325|\u{2B4FF} \u{28A22}|\u{2B500} \u934A|\u{2B501} \u943C|\u{2B502} \u9349|\u{2B503} \u{28C32}|\u{2B504} \u9352|\u{2B505} \u938D|\u{2B506} \u496F|\u{2B507} \u939E|\u{2B508} \u9399|\u{2B509} \u{28C03}|\u{2B50A} \u93E5|\u{2B50B} \u4957|\u{2B50C} \u93FE|\u{2B50D} \u9407|\u{2B50E} \u940D|\u{2B50F} \u{28B16}|\u{2B510} \u{28B78}|\u{2B511} \u{28B56}|\u{2B512} \u{28BB3}|\u{2B513} \u{28BDF}|\u{2B514} \u9474|\u{2B515} \u{28C25}|\u{2B516} \u{28CB3}|\u{2B52D} \u958B|\u{2B52E} \u9592|\u{2B52F} \u9597|\u{2B530} \u959E|\u{2B532} \u{28D39}|\u{2B534} \u95B5|\u{2B535} \u49AF|\u{2B536} \u95D1|\u{2B53D} \u{28F33}|\u{2B55A} \u{29028}|\u{2B565} \u9723|\u{2B568} \u{29159}|\u{2B583} \u9767|\u{2B585} \u4A8A|\u{2B587} \u97BE|\u{2B591} \u{29396}|\u{2B592} \u97E0|\u{2B593} \u{293C2}|\u{2B594} \u97DB|\u{2B595} \u97DD|\u{2B596} \u{293E0}|\u{2B5AA} \u{29454}|\u{2B5AB} \u4AB4|\u{2B5AC} \u4ABE|\u{2B5AD} \u{2948E}|\u{2B5AE} \u9857|\u{2B5AF} \u982B|\u{2B5B0} \u4AC2|\u{2B5B1} \u4AC0|\u{2B5B2} \u4ADF|\u{2B5B3} \u9835|\u{2B5B4} \u{29533}|\u{2B5B5} \u{294E5}|\u{2B5B6} \u9845|\u{2B5B7} \u{29511}|\u{2B5B8} \u9858|\u{2B5B9} \u9863|\u{2B5BA} \u4AF6|\u{2B5C7} \u4AFB|\u{2B5C8} \u{295D3}|\u{2B5C9} \u{295F4}|\u{2B5CA} \u4B13|\u{2B5CB} \u98CB|\u{2B5DA} \u{297D7}|\u{2B5DE} \u98E6|\u{2B5DF} \u4B27|\u{2B5E0} \u9926|\u{2B5E1} \u{296A9}|\u{2B5E2} \u98F5|\u{2B5E3} \u98F6|\u{2B5E4} \u{296CC}|\u{2B5E5} \u992B|\u{2B5E6} \u9914|\u{2B5E7} \u9917|\u{2B5E8} \u{296E1}|\u{2B5E9} \u9960|\u{2B5EA} \u9927|\u{2B5EB} \u992C|\u{2B5EC} \u992A|\u{2B5ED} \u9935|\u{2B5EE} \u992D|\u{2B5EF} \u9931|\u{2B5F0} \u4B54|\u{2B5F1} \u4B51|\u{2B5F3} \u{2977D}|\u{2B5F4} \u9958|\u{2B5F5} \u995F|\u{2B61B} \u99AF|\u{2B61C} \u99BC|\u{2B61D} \u99C3|\u{2B61E} \u99DE|\u{2B61F} \u99CA|\u{2B620} \u99E4|\u{2B621} \u99EB|\u{2B623} \u99FB|\u{2B624} \u9A03|\u{2B625} \u9A09|\u{2B626} \u9A0A|\u{2B627} \u9A04|\u{2B628} \u9A20|\u{2B629} \u9A1C|\u{2B62A} \u9A35|\u{2B62B} \u9A34|\u{2B62C} \u9A31|\u{2B62D} \u9A3B|\u{2B62E} \u4BB0|\u{2B62F} \u9A53|\u{2B630} \u9A59|\u{2B631} \u9A68|\u{2B63D} \u9B20|\u{2B642} \u{29BC1}|\u{2B688} \u9C6E|\u{2B689} \u9B5F|\u{2B68A} \u9C11|\u{2B68B} \u9C44|\u{2B68C} \u9B66|\u{2B68D} \u9B75|\u{2B68E} \u{29D81}|\u{2B68F} \u4C41|\u{2B690} \u4C40|\u{2B691} \u9B85|\u{2B692} \u9B84|\u{2B693} \u9BA4|\u{2B694} \u9BB0|\u{2B695} \u9C24|\u{2B696} \u9B86|\u{2B697} \u9BAF|\u{2B698} \u{29EEE}|\u{2B699} \u9BC6|\u{2B69A} \u9BBF|\u{2B69B} \u9BB5|\u{2B69C} \u4C85|\u{2B69D} \u{29E04}|\u{2B69E} \u9BEC|\u{2B69F} \u{29E21}|\u{2B6A0} \u4C67|\u{2B6A1} \u9BDE|\u{2B6A2} \u9C0B|\u{2B6A3} \u9BFE|\u{2B6A4} \u9C26|\u{2B6A5} \u9C15|\u{2B6A6} \u9C2B|\u{2B6A7} \u9C3D|\u{2B6A8} \u{29ED7}|\u{2B6A9} \u{29EEC}|\u{2B6AA} \u9C4A|\u{2B6AB} \u9C62|\u{2B6AC} \u{29F36}|\u{2B6AD} \u9C72|\u{2B6DA} \u9CFD|\u{2B6DB} \u9CF7|\u{2B6DC} \u9D00|\u{2B6DD} \u9D05|\u{2B6DE} \u9D03|\u{2B6DF} \u9E17|\u{2B6E0} \u{29FE4}|\u{2B6E1} \u9D14|\u{2B6E2} \u9E0B|\u{2B6E3} \u9D25|\u{2B6E4} \u9D10|\u{2B6E5} \u9D4A|\u{2B6E6} \u9D2E|\u{2B6E7} \u{2A016}|\u{2B6E8} \u9D67|\u{2B6E9} \u9D33|\u{2B6EA} \u9D3D|\u{2B6EB} \u9DB0|\u{2B6EC} \u4CDC|\u{2B6ED} \u9D5F|\u{2B6EE} \u4CE4|\u{2B6EF} \u9DAD|\u{2B6F0} \u4CE2|\u{2B6F1} \u9D6B|\u{2B6F2} \u9D70|\u{2B6F3} \u9D69|\u{2B6F4} \u9DE4|\u{2B6F5} \u9D8C|\u{2B6F6} \u9D92|\u{2B6F7} \u9DA6|\u{2B6F8} \u9D97|\u{2B6F9} \u{2A0E7}|\u{2B6FA} \u4CE7|\u{2B6FB} \u{2A0D2}|\u{2B6FC} \u4CEB|\u{2B6FD} \u9DC5|\u{2B6FE} \u{2A1B7}|\u{2B700} \u9DD0|\u{2B701} \u9DE9|\u{2B702} \u{2A142}|\u{2B703} \u9DE3|\u{2B704} \u9DF7|\u{2B705} \u4D0B|\u{2B70A} \u{2A278}|\u{2B711} \u9EB7|\u{2B712} \u4D31|\u{2B713} \u{2A32D}|\u{2B714} \u4D3D|\u{2B715} \u{2A360}|\u{2B719} \u4D74|\u{2B71F} \u{2A4F0}|\u{2B728} \u4D95|\u{2B729} \u9F67|\u{2B72A} \u9F69|\u{2B72B} \u{2B726}|\u{2B72C} \u9F70|\u{2B72D} \u9F6D|\u{2B72E} \u9F74|\u{2B72F} \u{2A64F}|\u{2B730} \u9F7E|\u{2B732} \u9F93|\u{2B733} \u4DB2|\u{2B748} \u346E|\u{2B74B} \u{2040A}|\u{2B766} \u36DD|\u{2B767} \u3710|\u{2B768} \u5A88|\u{2B769} \u5B26|\u{2B76A} \u{217EB}|\u{2B76B} \u5A61|\u{2B76C} \u5B07|\u{2B76D} \u5B46|\u{2B76E} \u5B44|\u{2B775} \u5DB9|\u{2B785} \u{26805}|\u{2B797} \u6F63|\u{2B79A} \u6FAC|\u{2B79B} \u3D86|\u{2B79D} \u704D|\u{2B7A0} \u7227|\u{2B7A1} \u7203|\u{2B7A2} \u{246F1}|\u{2B7A3} \u3E7D|\u{2B7A5} \u73FC|\u{2B7A6} \u74BE|\u{2B7A7} \u{24A42}|\u{2B7A8} \u74BC|\u{2B7A9} \u748A|\u{2B7B7} \u{258B6}|\u{2B7C3} \u7D4D|\u{2B7C4} \u7D8B|\u{2B7C5} \u7DA1|\u{2B7C6} \u7DDF|\u{2B7C7} \u{261B2}|\u{2B7D1} \u4585|\u{2B7D5} \u4564|\u{2B7DE} \u8A28|\u{2B7DF} \u8A4A|\u{2B7E0} \u8B42|\u{2B7E1} \u8AB4|\u{2B7E2} \u4716|\u{2B7E4} \u4850|\u{2B7E5} \u4869|\u{2B7E6} \u4875|\u{2B7EB} \u{287BA}|\u{2B7EC} \u{287CA}|\u{2B7F2} \u91DA|\u{2B7F3} \u91F2|\u{2B7F4} \u9216|\u{2B7F5} \u9217|\u{2B7F6} \u928F|\u{2B7F7} \u925D|\u{2B7F8} \u927D|\u{2B7F9} \u9277|\u{2B7FA} \u4924|\u{2B7FB} \u9282|\u{2B7FC} \u943D|\u{2B7FD} \u{289F0}|\u{2B7FE} \u{28A70}|\u{2B7FF} \u9388|\u{2B800} \u4944|\u{2B801} \u9449|\u{2B802} \u959D|\u{2B805} \u97DA|\u{2B806} \u980D|\u{2B807} \u{295B0}|\u{2B808} \u4AFE|\u{2B80A} \u4B84|\u{2B80B} \u9A3C|\u{2B80C} \u{299A0}|\u{2B80F} \u{29D66}|\u{2B810} \u9B7D|\u{2B811} \u4C78|\u{2B812} \u9C46|\u{2B816} \u{29FC5}|\u{2B81C} \u9F6F|\u{2B8B8} \u50E4|\u{2B9C3} \u{23350}|\u{2B9EE} \u{2A2FF}|\u{2BAC7} \u5641|\u{2BB10} \u3614|\u{2BB5F} \u5878|\u{2BB62} \u57E8|\u{2BB7C} \u{2144D}|\u{2BB83} \u58A0|\u{2BC1B} \u5A19|\u{2BD77} \u3823|\u{2BD87} \u5D7D|\u{2BDF7} \u5EDE|\u{2BE29} \u5F44|\u{2C029} \u6690|\u{2C02A} \u665B|\u{2C0A9} \u689C|\u{2C0CA} \u6ACD|\u{2C1D5} \u6FAB|\u{2C1D9} \u6D7F|\u{2C1F9} \u6F0D|\u{2C27C} \u71B0|\u{2C288} \u71D6|\u{2C2A4} \u71C0|\u{2C35B} \u74C5|\u{2C361} \u7497|\u{2C364} \u7495|\u{2C488} \u7910|\u{2C497} \u{255FD}|\u{2C542} \u7BE2|\u{2C613} \u7D03|\u{2C618} \u7D1E|\u{2C621} \u7D6A|\u{2C629} \u7D8E|\u{2C62B} \u7D84|\u{2C62C} \u7DAA|\u{2C62D} \u7D9D|\u{2C62F} \u7DA7|\u{2C642} \u7E2F|\u{2C64A} \u7E86|\u{2C64B} \u7E95|\u{2C72C} \u8504|\u{2C72F} \u44E3|\u{2C79F} \u860B|\u{2C7C1} \u8649|\u{2C7FD} \u8740|\u{2C8D9} \u8A0F|\u{2C8DE} \u8A5D|\u{2C8E1} \u8AD3|\u{2C8F3} \u8A6A|\u{2C907} \u8AF2|\u{2C90A} \u8ADF|\u{2C91D} \u8B53|\u{2CA02} \u8EDD|\u{2CA0E} \u8F36|\u{2CA7D} \u9129|\u{2CAA9} \u91B2|\u{2CB29} \u91F4|\u{2CB2D} \u9300|\u{2CB2E} \u92F9|\u{2CB31} \u91FF|\u{2CB38} \u9265|\u{2CB39} \u926E|\u{2CB3B} \u946A|\u{2CB3F} \u924A|\u{2CB41} \u9267|\u{2CB4A} \u{289C0}|\u{2CB4E} \u92D0|\u{2CB5A} \u931E|\u{2CB5B} \u{28A0F}|\u{2CB64} \u936D|\u{2CB69} \u9393|\u{2CB6C} \u93CF|\u{2CB6D} \u93DA|\u{2CB6F} \u4955|\u{2CB73} \u{28B4E}|\u{2CB76} \u{28B46}|\u{2CB78} \u93FB|\u{2CB7C} \u9429|\u{2CBB1} \u95C9|\u{2CBBF} \u9691|\u{2CBC0} \u96AE|\u{2CBCE} \u96A4|\u{2CC56} \u9814|\u{2CC5F} \u9820|\u{2CCF5} \u99D3|\u{2CCF6} \u99C9|\u{2CCFD} \u99EA|\u{2CCFF} \u99FC|\u{2CD02} \u9A11|\u{2CD03} \u9A1E|\u{2CD0A} \u9A4E|\u{2CD8B} \u9B88|\u{2CD8D} \u9B80|\u{2CD8F} \u9BA0|\u{2CD90} \u9BA1|\u{2CD9F} \u9BFB|\u{2CDA0} \u9C0A|\u{2CDA8} \u9C40|\u{2CDAD} \u9C36|\u{2CDAE} \u9C5A|\u{2CDD5} \u9D4F|\u{2CE18} \u9DA0|\u{2CE1A} \u9E11|\u{2CE23} \u9DB1|\u{2CE26} \u9DDF|\u{2CE2A} \u9DED|\u{2CE2F} \u9DFF|\u{2CE7C} \u9F58|\u{2CE88} \u9F6E|\u{2CE93} \u9F7C|\u{30B38} \u7E50|\u{30C28} \u83D5|\u{30D8E} \u8B45|\u{30EDD} \u{30EDE}|\u{30F84} \u92C2|\u{30FAD} \u9440|\u{3129C} \u{2A23C}";

// node_modules/opencc-js/dist/esm-lib/dict/TWVariants.js
var TWVariants_default = "\u50DE \u507D|\u5553 \u555F|\u55AB \u5403|\u5AFA \u5AFB|\u5B00 \u5AAF|\u5CEF \u5CF0|\u5E7A \u4E48|\u68F1 \u7A1C|\u6A11 \u6881|\u6A90 \u7C37|\u6C61 \u6C59|\u6CC4 \u6D29|\u6F59 \u6E88|\u6F68 \u6F40|\u7232 \u70BA|\u7240 \u5E8A|\u75F9 \u75FA|\u7661 \u75F4|\u7681 \u7682|\u7740 \u8457|\u777E \u776A|\u7955 \u79D8|\u7AC8 \u7076|\u7CC9 \u7CBD|\u7E6E \u97C1|\u7E94 \u624D|\u7FA3 \u7FA4|\u8123 \u5507|\u8518 \u53C3|\u853F \u848D|\u8846 \u773E|\u88CF \u88E1|\u8988 \u6838|\u8E0A \u8E34|\u9262 \u7F3D|\u937C \u91DD|\u9B8E \u9BF0|\u9EAA \u9EB5|\u9F76 \u984E";

// dist/text/script-variant.js
var HAN3 = new RegExp("\\p{Script=Han}", "gu");
function hasTraditional(text) {
  const { bmp, astral } = traditionalChars();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (bmp[c] === 1)
      return true;
    if (c >= 55296 && c <= 56319 && i + 1 < n && astral.size > 0) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        if (astral.has(text.slice(i, i + 2)))
          return true;
        i++;
      }
    }
  }
  return false;
}
var toTraditionalConverter = null;
function toTraditional(text) {
  toTraditionalConverter ??= ConverterFactory([STCharacters_default], [TWVariants_default]);
  return toTraditionalConverter(text);
}
function inScriptOf(suggestion, ...texts) {
  return HAN_ONE.test(suggestion) && texts.some(hasTraditional) ? toTraditional(suggestion) : suggestion;
}
var HAN_ONE = new RegExp("\\p{Script=Han}", "u");

// dist/engine/call-context.js
var NO_TURNS = Object.freeze([]);
var NO_MATCHES = Object.freeze([]);
var CallContext = class {
  call;
  turns;
  languages;
  source;
  lines;
  sink;
  notices;
  selected = /* @__PURE__ */ new Map();
  byScope = /* @__PURE__ */ new Map();
  /** Group \u2192 the turns with matches of it, in call order (made on first use). */
  byGroup = null;
  /** Ids of rules whose condition fired in this call (a conditional rule's trigger). */
  triggered = /* @__PURE__ */ new Set();
  constructor(call, turns, languages, source, lines, sink, notices) {
    this.call = call;
    this.turns = turns;
    this.languages = languages;
    this.source = source;
    this.lines = lines;
    this.sink = sink;
    this.notices = notices;
  }
  /** Records that a rule's condition fired (scorecards use it for "not applicable"). */
  noteTriggered(rule) {
    this.triggered.add(rule.def.id);
  }
  /** Adds a notice about this call to the file's notices (once per distinct text). */
  notice(message) {
    if (this.notices && !this.notices.includes(message))
      this.notices.push(message);
  }
  /** True when every turn of the call has a start time. */
  get timed() {
    return this.turns.length > 0 && this.turns.every((t) => t.turn.startTime !== void 0);
  }
  /**
   * The turns a rule looks at: its speaker's (a script is all agent text), inside the rule's
   * `within` window when it has one.
   */
  scopedTurns(rule) {
    const turns = this.speakerTurns(rule.def.speaker);
    return rule.def.within ? applyWindow(turns, rule.def.within, this) : turns;
  }
  /**
   * The turns of a speaker scope that have matches of matcher group `group`, in call order, when
   * `within` is unset; with a window, every turn of the window (`applyWindow` measures it on all
   * of the speaker's turns). A rule that reads one group's matches loops over these instead of
   * every turn of its scope: a call's dozens of turns, most of them without the group.
   */
  turnsWith(group, scope, within) {
    if (within)
      return applyWindow(this.speakerTurns(scope), within, this);
    if (this.byGroup === null) {
      const byGroup = [];
      for (const t of this.turns)
        for (const g of t.hits)
          (byGroup[g] ??= []).push(t);
      this.byGroup = byGroup;
    }
    const turns = this.byGroup[group];
    if (turns === void 0)
      return NO_TURNS;
    if (scope === "any")
      return turns;
    let all = true;
    for (const t of turns)
      if (t.turn.role !== scope)
        all = false;
    return all ? turns : turns.filter((t) => t.turn.role === scope);
  }
  /** The turns of a speaker scope, without any window (one array per scope and call, shared). */
  speakerTurns(scope) {
    let turns = this.byScope.get(scope);
    if (turns === void 0) {
      turns = scope === "any" ? this.turns : this.turns.filter((t) => t.turn.role === scope);
      this.byScope.set(scope, turns);
    }
    return turns;
  }
  /**
   * The rule's matches in a turn: leftmost-longest, never overlapping, and none that overlaps a
   * match of the rule's exceptions.
   */
  matches(rule, turn) {
    return this.select(rule.patternGroup, rule.exceptionGroup, turn);
  }
  /**
   * The matches of the rule's extra pattern list number `set` (see RuleKind.patternSets) in a
   * turn, selected like `matches` (leftmost-longest, exceptions removed).
   */
  setMatches(rule, set, turn) {
    const group = rule.extraGroups?.[set];
    if (group === void 0)
      return [];
    return this.select(group, rule.exceptionGroup, turn);
  }
  select(group, exceptionGroup, turn) {
    const any = turn.groups[group];
    if (any === void 0 || any.length === 0)
      return NO_MATCHES;
    if (any.length === 1) {
      const m = any[0];
      const exceptions2 = exceptionGroup === null ? void 0 : turn.groups[exceptionGroup];
      if (exceptions2 !== void 0 && exceptions2.some((e) => e.start < m.end && m.start < e.end))
        return NO_MATCHES;
      return any;
    }
    const key = `${group}:${exceptionGroup ?? ""}:${turn.turn.index}`;
    const cached = this.selected.get(key);
    if (cached)
      return cached;
    const sorted = [...any].sort((a, b) => a.start - b.start || b.end - a.end);
    const exceptions = exceptionGroup === null ? [] : turn.groups[exceptionGroup] ?? [];
    const result = [];
    let lastEnd = -1;
    for (const m of sorted) {
      if (m.start < lastEnd)
        continue;
      if (exceptions.some((e) => e.start < m.end && m.start < e.end))
        continue;
      result.push(m);
      lastEnd = m.end;
    }
    this.selected.set(key, result);
    return result;
  }
  /** Reports one match as a diagnostic with the rule's suggestions. */
  reportMatch(rule, turn, match, data = {}) {
    const t = turn.turn;
    const original = t.text.slice(match.start, match.end);
    const slotTexts = {};
    for (const [name, [a, b]] of Object.entries(match.slots))
      slotTexts[name] = t.text.slice(a, b);
    const verbatim = t.sourceOffset !== null;
    const mapped = !verbatim && t.sourceMap ? mapRange(t.sourceMap, match.start, match.end) : void 0;
    const offset = verbatim ? t.sourceOffset + match.start : mapped?.[0] ?? t.anchorOffset;
    const endOffset = verbatim ? t.sourceOffset + match.end : mapped?.[1] ?? t.anchorOffset;
    const suggestions = buildSuggestions(rule.def, original, slotTexts, [offset, endOffset], verbatim, t.text);
    const message = renderMessage(rule.def.message, {
      ...slotTexts,
      match: original,
      suggestion: suggestions[0]?.text ?? "",
      ...data
    });
    this.push(rule, turn, offset, endOffset, message, suggestions, original, false);
  }
  /** Reports a finding about the whole call, placed at the start of `at` (or of the call). */
  reportCall(rule, at, data = {}) {
    const anchorTurn = at ?? this.turns[0] ?? null;
    const offset = anchorTurn ? anchorTurn.turn.sourceOffset ?? anchorTurn.turn.anchorOffset : 0;
    const endOffset = anchorTurn && anchorTurn.turn.sourceOffset !== null ? offset + firstLineLength(anchorTurn.turn.text) : offset;
    const message = renderMessage(rule.def.message, { match: "", suggestion: "", ...data });
    this.push(rule, anchorTurn, offset, endOffset, message, [], void 0, true);
  }
  push(rule, turn, offset, endOffset, message, suggestions, matchedText, documentLevel) {
    const start = this.lines.locate(offset);
    const end = this.lines.locate(endOffset);
    const d = {
      ruleId: rule.def.id,
      severity: rule.severity,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset,
      endOffset,
      suggestions
    };
    if (matchedText !== void 0)
      d.matchedText = matchedText;
    if (documentLevel)
      d.documentLevel = true;
    if (turn) {
      d.speaker = turn.turn.speaker;
      d.role = turn.turn.role;
      d.turn = turn.turn.index;
      if (turn.turn.startTime !== void 0)
        d.startTime = turn.turn.startTime;
      if (turn.turn.endTime !== void 0)
        d.endTime = turn.turn.endTime;
    }
    if (this.call.id !== null)
      d.callId = this.call.id;
    this.sink.push(d);
  }
};
function firstLineLength(text) {
  const nl = text.indexOf("\n");
  return nl === -1 ? text.length : nl;
}
var PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_]+)\s*\}\}/gu;
var SLOT_REF = /\{\s*(?:\u2026|\.\.\.|([\p{L}_][\p{L}\p{N}_]*))\s*\}/gu;
var templates = /* @__PURE__ */ new Map([
  [PLACEHOLDER, /* @__PURE__ */ new Map()],
  [SLOT_REF, /* @__PURE__ */ new Map()]
]);
function split(template, ref) {
  const cache = templates.get(ref);
  let parts = cache.get(template);
  if (parts === void 0) {
    const out = [];
    let last = 0;
    for (const m of template.matchAll(ref)) {
      out.push(template.slice(last, m.index), m[0], m[1] ?? "slot");
      last = m.index + m[0].length;
    }
    out.push(template.slice(last));
    parts = out;
    if (cache.size < MAX_TEMPLATES)
      cache.set(template, parts);
  }
  return parts;
}
var MAX_TEMPLATES = 1e4;
function renderMessage(template, data) {
  const parts = split(template, PLACEHOLDER);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const v = data[parts[i + 1]];
    out += (v !== void 0 ? String(v) : "") + parts[i + 2];
  }
  return out;
}
function fillSlots(text, slots) {
  const parts = split(text, SLOT_REF);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3)
    out += (slots[parts[i + 1]] ?? parts[i]) + parts[i + 2];
  return out;
}
function hasUnfilledSlot(template, slots) {
  const parts = split(template, SLOT_REF);
  for (let i = 2; i < parts.length; i += 3)
    if (slots[parts[i]] === void 0)
      return true;
  return false;
}
function replaceKey(text) {
  return normalize(text).replace(/\s+/gu, " ").trim();
}
function matchCase(replacement, original) {
  const first = original[0];
  if (first !== void 0 && first !== first.toLowerCase() && replacement.length > 0) {
    const allUpper = original === original.toUpperCase() && original.length > 1;
    return allUpper ? replacement.toUpperCase() : replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
function buildSuggestions(def, original, slots, range, verbatim, context2 = original) {
  const out = [];
  for (const s of def.suggestions) {
    let text;
    if (s.replace)
      text = s.replace[replaceKey(original)];
    else if (s.text !== void 0)
      text = fillSlots(s.text, slots);
    if (text === void 0 || s.text !== void 0 && hasUnfilledSlot(s.text, slots))
      continue;
    const fixable = s.fixable && verbatim;
    text = inScriptOf(text, original, context2);
    if (s.fixable)
      text = matchCase(text, original);
    out.push({ desc: fixable ? `Replace \xAB${original}\xBB with \xAB${text}\xBB` : text, text, fixable, range });
  }
  return out;
}

// dist/engine/fingerprint.js
import * as crypto from "node:crypto";
var FINGERPRINT_VERSION = 1;
var CONTEXT_WORDS = 3;
function words(text) {
  return tokenize(normalize(text)).text;
}
function context(t, start, end) {
  const before = [];
  const after = [];
  let first = t.start.findIndex((s) => s >= start);
  if (first === -1)
    first = t.start.length;
  if (!(first < t.flags.length && t.flags[first] & SENTENCE_START && t.start[first] === start)) {
    for (let i = first - 1; i >= 0 && before.length < CONTEXT_WORDS; i--) {
      if (t.end[i] > start)
        continue;
      before.unshift(t.text[i]);
      if (t.flags[i] & SENTENCE_START)
        break;
    }
  }
  for (let i = 0; i < t.start.length && after.length < CONTEXT_WORDS; i++) {
    if (t.start[i] < end)
      continue;
    if (t.flags[i] & SENTENCE_START)
      break;
    after.push(t.text[i]);
  }
  return [before.join(" "), after.join(" ")];
}
function fingerprintParts(d, turn, turnTokens) {
  const callId = d.callId ?? "";
  if (d.documentLevel || d.matchedText === void 0)
    return [d.ruleId, callId, "", "", ""];
  const matched = words(d.matchedText).join(" ");
  if (!turn)
    return [d.ruleId, callId, matched, "", ""];
  let start = turn.sourceOffset !== null ? d.offset - turn.sourceOffset : turn.sourceMap ? turn.sourceMap.starts.indexOf(d.offset) : turn.text.indexOf(d.matchedText);
  if (start < 0 || start > turn.text.length)
    start = Math.max(0, turn.text.indexOf(d.matchedText));
  const end = Math.min(turn.text.length, start + d.matchedText.length);
  const [before, after] = context(turnTokens ?? tokenize(normalize(turn.text)), start, end);
  return [d.ruleId, callId, matched, before, after];
}
function hashParts(parts) {
  const data = JSON.stringify([FINGERPRINT_VERSION, ...parts]);
  return oneShotHash ? oneShotHash("sha256", data, "hex") : crypto.createHash("sha256").update(data).digest("hex");
}
var oneShotHash = crypto.hash;
function addFingerprints(doc, diagnostics) {
  const tokens = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  for (const c of doc.calls)
    if (!calls.has(c.id))
      calls.set(c.id, c);
  const single = doc.calls.length === 1 ? doc.calls[0] : void 0;
  for (const d of diagnostics) {
    const turn = d.turn === void 0 ? void 0 : (calls.get(d.callId ?? null) ?? single)?.turns[d.turn];
    let t;
    if (turn && !d.documentLevel && d.matchedText !== void 0) {
      t = tokens.get(turn);
      if (!t)
        tokens.set(turn, t = tokenize(normalize(turn.text)));
    }
    d.fingerprint = hashParts(fingerprintParts(d, turn, t));
  }
}

// dist/scorecard/definition.js
var import_yaml7 = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { join as join3, resolve as resolve4 } from "node:path";
var BUILTIN_SCORECARD_DIR = join3(PACKAGE_ROOT, "rules", "scorecards");
var SCORECARD_KEYS = ["scorecard", "description", "sections"];
var SECTION_KEYS = ["id", "title", "items"];
var ITEM_KEYS = ["id", "title", "rules", "weight", "autoFail", "na"];
var NA_KEYS = ["unlessTriggered", "unlessHit", "unlessSaid"];
var ID = /^[a-z0-9][a-z0-9_-]*$/;
var REF = /^[a-z0-9*?][a-z0-9_*?/-]*$/;
function loadScorecard(pathOrText, opts = {}) {
  if (pathOrText.includes("\n"))
    return parseScorecard(pathOrText, opts.displayPath ?? "<scorecard>");
  let path = resolve4(opts.baseDir ?? process.cwd(), pathOrText);
  let display = opts.displayPath ?? pathOrText;
  if (!existsSync3(path) && /^[a-z0-9_-]+$/.test(pathOrText)) {
    const builtin = join3(BUILTIN_SCORECARD_DIR, `${pathOrText}.yaml`);
    if (existsSync3(builtin)) {
      path = builtin;
      display = opts.displayPath ?? `rules/scorecards/${pathOrText}.yaml`;
    }
  }
  let text;
  try {
    text = readFileSync3(path, "utf8");
  } catch (e) {
    return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read scorecard: ${e.message}` }] };
  }
  return parseScorecard(text, display);
}
function parseScorecard(text, file) {
  const y = new YamlFile(file, text);
  if (y.errors.length > 0)
    return { ok: false, errors: y.errors };
  const card = readScorecard(y);
  if (y.errors.length > 0 || !card)
    return { ok: false, errors: y.errors.length > 0 ? y.errors : [{ file, line: 1, column: 1, message: "empty scorecard" }] };
  return { ok: true, scorecard: card };
}
function readScorecard(y) {
  const r = asMap(y, y.root, "the scorecard", SCORECARD_KEYS);
  if (!r)
    return null;
  const id = r.string("scorecard", { required: true, pattern: ID, patternHint: 'lower-case letters, digits, "-" and "_"' }) ?? "?";
  const description = r.string("description");
  const sections = [];
  const items = [];
  const said = [];
  const seenSections = /* @__PURE__ */ new Set();
  const seenItems = /* @__PURE__ */ new Map();
  for (const node of r.list("sections", { required: true, nonEmpty: true }) ?? []) {
    const s = asMap(y, node, "a section of the scorecard", SECTION_KEYS);
    if (!s)
      continue;
    const sid = s.string("id", { required: true, pattern: ID, patternHint: 'lower-case letters, digits, "-" and "_"' });
    const title = s.string("title");
    if (sid !== void 0 && seenSections.has(sid))
      y.error(s.value("id"), `duplicate section id "${sid}"`);
    if (sid !== void 0)
      seenSections.add(sid);
    const section = { id: sid ?? "?", ...title !== void 0 ? { title } : {}, items: [] };
    for (const itemNode of s.list("items", { required: true, nonEmpty: true }) ?? []) {
      const item = readItem2(y, itemNode, section.id, said);
      if (!item)
        continue;
      const prev = seenItems.get(item.id);
      if (prev !== void 0) {
        y.error(itemNode, `duplicate item id "${item.id}" (first defined on line ${prev})`);
        continue;
      }
      seenItems.set(item.id, item.line);
      section.items.push(item);
      items.push(item);
    }
    sections.push(section);
  }
  return { id, ...description !== void 0 ? { description } : {}, file: y.file, sections, items, said };
}
function readItem2(y, node, section, said) {
  const where = (0, import_yaml7.isMap)(node) && (0, import_yaml7.isScalar)(node.get("id", true)) ? `item "${String(node.get("id", true).value)}"` : "an item";
  const r = asMap(y, node, where, ITEM_KEYS);
  if (!r)
    return null;
  const id = r.string("id", { required: true, pattern: ID, patternHint: 'lower-case letters, digits, "-" and "_"' });
  const title = r.string("title");
  const rules = readRefs(r, "rules", true);
  let weight = 1;
  const w = r.value("weight");
  if (w !== void 0) {
    if ((0, import_yaml7.isScalar)(w) && typeof w.value === "number" && Number.isFinite(w.value) && w.value >= 0)
      weight = w.value;
    else
      y.error(w ?? r.keyNode("weight"), `"weight" in ${where} must be a number \u2265 0, found ${describe(w)}`);
  }
  const autoFail = r.bool("autoFail", false);
  let na;
  const naNode = r.map("na");
  if (naNode) {
    const n = new MapReader(y, naNode, `"na" of ${where}`, NA_KEYS);
    const given = NA_KEYS.filter((k) => n.has(k));
    if (given.length !== 1)
      y.error(naNode, `"na" of ${where} takes exactly one of: ${NA_KEYS.join(", ")}`);
    else if (given[0] === "unlessSaid") {
      const saidNode = n.map("unlessSaid");
      if (saidNode) {
        const sr = new MapReader(y, saidNode, `"unlessSaid" of ${where}`, ["speaker", "patterns"]);
        const speaker = sr.oneOf("speaker", ["agent", "customer", "any"], "any") ?? "any";
        const patterns = readPatternSet(sr, "patterns", true);
        if (id !== void 0 && patterns.length > 0) {
          said.push({ id, speaker, patterns });
          na = { kind: "unlessSaid", condition: id };
        }
      }
    } else {
      const refs = readRefs(n, given[0], true);
      if (refs.length > 0)
        na = { kind: given[0], rules: refs };
    }
  }
  if (id === void 0 || rules.length === 0)
    return null;
  const pos = y.position(node.range?.[0] ?? 0);
  return { id, section, ...title !== void 0 ? { title } : {}, rules, weight, autoFail, ...na ? { na } : {}, line: pos.line, column: pos.column };
}
function readRefs(r, key, required2) {
  const v = r.value(key);
  if (v === void 0) {
    if (required2)
      r.y.error(r.node, `${r.where}: missing "${key}" (rule ids or globs such as "ru/greeting*")`);
    return [];
  }
  const items = (0, import_yaml7.isSeq)(v) ? v.items : [v];
  const out = [];
  for (const item of items) {
    if (!(0, import_yaml7.isScalar)(item) || typeof item.value !== "string" || !REF.test(item.value)) {
      r.y.error(item ?? r.keyNode(key), `"${key}" in ${r.where} lists rule ids or globs ("ru/greeting", "*/closing", "ru/greeting*"), found ${describe(item)}`);
      continue;
    }
    const pos = r.y.position(item.range?.[0] ?? 0);
    out.push({ text: item.value, regex: globToRegex(item.value), line: pos.line, column: pos.column });
  }
  if ((0, import_yaml7.isSeq)(v) && v.items.length === 0)
    r.y.error(v, `"${key}" in ${r.where} must not be empty`);
  return out;
}
function globToRegex(glob) {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}
var refCache = /* @__PURE__ */ new WeakMap();
function refMatches(refs, ruleId) {
  let cache = refCache.get(refs);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    refCache.set(refs, cache);
  }
  let hit = cache.get(ruleId);
  if (hit === void 0) {
    hit = refs.some((r) => r.regex.test(ruleId));
    cache.set(ruleId, hit);
  }
  return hit;
}
function checkScorecardRules(scorecard, ruleIds) {
  const ids = [...ruleIds];
  const packs = new Set(ids.map((id) => id.split("/")[0]));
  const errors = [];
  for (const item of scorecard.items) {
    const refs = [...item.rules, ...item.na && item.na.kind !== "unlessSaid" ? item.na.rules : []];
    for (const ref of refs) {
      const pack = ref.text.split("/")[0] ?? "";
      if (!/[*?]/.test(pack) && !packs.has(pack))
        continue;
      if (!ids.some((id) => ref.regex.test(id))) {
        errors.push({ file: scorecard.file, line: ref.line, column: ref.column, message: `"${ref.text}" in item "${item.id}" matches no loaded rule` });
      }
    }
  }
  return errors;
}

// dist/scorecard/score.js
function scoreCall(scorecard, diagnostics, info = {}) {
  const hitRules = new Set(diagnostics.map((d) => d.ruleId));
  const triggered = /* @__PURE__ */ new Set([...info.triggered ?? [], ...hitRules]);
  const said = new Set(info.said ?? []);
  const items = [];
  let passedWeight = 0;
  let applicableWeight = 0;
  const autoFailItems = [];
  for (const item of scorecard.items) {
    const hits = diagnostics.filter((d) => refMatches(item.rules, d.ruleId)).length;
    const base = {
      id: item.id,
      section: item.section,
      ...item.title !== void 0 ? { title: item.title } : {},
      weight: item.weight,
      hits,
      autoFail: item.autoFail
    };
    const reason = notApplicable(item, info.checked, triggered, hitRules, said);
    if (reason !== null) {
      items.push({ ...base, status: "na", reason });
      continue;
    }
    applicableWeight += item.weight;
    if (hits > 0) {
      items.push({ ...base, status: "fail" });
      if (item.autoFail)
        autoFailItems.push(item.id);
    } else {
      passedWeight += item.weight;
      items.push({ ...base, status: "pass" });
    }
  }
  const autoFailed = autoFailItems.length > 0;
  const score = autoFailed ? 0 : applicableWeight === 0 ? 100 : Math.round(1e3 * passedWeight / applicableWeight) / 10;
  return { scorecard: scorecard.id, score, autoFailed, autoFailItems, items, passedWeight, applicableWeight };
}
function notApplicable(item, checked, triggered, hit, said) {
  if (checked !== void 0 && !checked.some((id) => refMatches(item.rules, id)))
    return "none of its rules was checked on this call";
  const na = item.na;
  if (!na)
    return null;
  if (na.kind === "unlessTriggered" && ![...triggered].some((id) => refMatches(na.rules, id))) {
    return `the condition of ${na.rules.map((r) => r.text).join(", ")} did not occur`;
  }
  if (na.kind === "unlessHit" && ![...hit].some((id) => refMatches(na.rules, id))) {
    return `${na.rules.map((r) => r.text).join(", ")} reported nothing`;
  }
  if (na.kind === "unlessSaid" && !said.has(na.condition))
    return "none of its phrases was said";
  return null;
}

// dist/scorecard/record.js
function compileConditions(scorecard, addGroup) {
  return { said: scorecard.said.map((c) => ({ id: c.id, speaker: c.speaker, group: addGroup(c.patterns) })) };
}
function recordCall(args) {
  const { call, ctx } = args;
  const hits = {};
  for (const d of args.diagnostics)
    hits[d.ruleId] = (hits[d.ruleId] ?? 0) + 1;
  const said = [];
  if (ctx && args.conditions) {
    for (const c of args.conditions.said) {
      if (ctx.speakerTurns(c.speaker).some((t) => (t.groups[c.group]?.length ?? 0) > 0))
        said.push(c.id);
    }
  }
  const triggered = ctx ? [...ctx.triggered].sort() : [];
  const result = {
    id: call.id,
    ...call.agent !== void 0 ? { agent: call.agent } : {},
    turns: call.turns.length,
    languages: args.languages,
    checked: args.checked,
    triggered,
    said,
    hits
  };
  if (args.scorecard)
    result.score = scoreCall(args.scorecard, args.diagnostics, { checked: args.checked, triggered, said });
  return result;
}

// dist/engine/linter.js
var Linter = class {
  options;
  rules;
  /** Every rule defined by the packs, including those switched off. */
  definitions;
  labels;
  matcher;
  forcedLanguages;
  operators = [];
  conditions;
  /** Rules `off` in `rules` but switched on by a language in `languageRules`. */
  languageOnlyRules = [];
  constructor(options) {
    this.options = options;
    const byId = /* @__PURE__ */ new Map();
    for (const pack of options.packs)
      for (const rule of pack.rules)
        byId.set(rule.id, rule);
    this.definitions = [...byId.values()];
    this.labels = mergeLabels(DEFAULT_SPEAKER_LABELS, options.speakers);
    this.forcedLanguages = options.languages;
    const phrases = [];
    const regexes = [];
    const rules = [];
    let group = 0;
    const addGroup = (defs) => {
      const g = group++;
      for (const p of defs) {
        if (p.parsed)
          phrases.push({ group: g, lang: p.lang, parsed: p.parsed });
        else if (p.regex)
          regexes.push({ group: g, lang: p.lang, regex: forNormalisedText(p.regex) });
        else if (p.operator)
          this.operators.push(compileOperator(p.operator, g, p.lang, addGroup, p.source));
      }
      return g;
    };
    const groupRoles = /* @__PURE__ */ new Map();
    const only = options.only ? new Set(options.only) : null;
    for (const def of this.definitions) {
      if (only && !only.has(def.id))
        continue;
      const override = options.rules?.[def.id];
      const onForALanguage = Object.values(options.languageRules ?? {}).some((r) => r?.[def.id] !== void 0 && r[def.id] !== "off");
      if (override === "off" && !onForALanguage)
        continue;
      const kind = RULE_KINDS.get(def.type);
      if (!kind)
        continue;
      const extra = kind.patternSets ? kind.patternSets(def.options) : [];
      const all = [...def.patterns, ...extra.flat()];
      const langs = all.some((p) => p.lang === null) ? null : new Set(all.map((p) => p.lang));
      const compiled = {
        def,
        kind,
        severity: override === void 0 || override === "off" ? def.severity : override,
        patternGroup: addGroup(def.patterns),
        exceptionGroup: def.exceptions.length > 0 ? addGroup(def.exceptions) : null,
        ...extra.length > 0 ? { extraGroups: extra.map(addGroup) } : {},
        languages: langs
      };
      (override === "off" ? this.languageOnlyRules : rules).push(compiled);
      const scopes = kind.patternSetScopes?.(def.options, def.speaker);
      let used = scopeRoles(def.speaker);
      groupRoles.set(compiled.patternGroup, used);
      compiled.extraGroups?.forEach((g, i) => {
        const roles = scopes?.[i] !== void 0 ? scopeRoles(scopes[i]) : ALL_ROLES;
        groupRoles.set(g, roles);
        used |= roles;
      });
      if (compiled.exceptionGroup !== null)
        groupRoles.set(compiled.exceptionGroup, used);
    }
    this.rules = rules;
    this.conditions = options.scorecard ? compileConditions(options.scorecard, addGroup) : null;
    const fillers = /* @__PURE__ */ new Set();
    for (const lang of LANGUAGES)
      for (const f of DEFAULT_FILLERS[lang])
        fillers.add(normalize(f));
    for (const pack of options.packs)
      for (const list of Object.values(pack.fillers))
        for (const f of list ?? [])
          fillers.add(normalize(f));
    const variables = {};
    for (const [name, value] of Object.entries(options.variables ?? {})) {
      const values = typeof value === "string" ? [value] : value;
      variables[name] = values.map(literalPattern).filter((p) => p !== null);
    }
    for (const p of phrases)
      p.roles = groupRoles.get(p.group) ?? ALL_ROLES;
    for (const r of regexes)
      r.roles = groupRoles.get(r.group) ?? ALL_ROLES;
    this.matcher = new PhraseMatcher(phrases, regexes, [...fillers], variables, group);
  }
  /** The rule with its severity for a call in `languages` (languageRules), or null when it is off there. */
  inLanguages(rule, languages) {
    const rank = SEVERITY_RANK;
    const base = this.options.rules?.[rule.def.id] ?? rule.def.severity;
    let best = null;
    for (const lang of languages) {
      const s = this.options.languageRules?.[lang]?.[rule.def.id] ?? base;
      if (best === null || rank[s] > rank[best])
        best = s;
    }
    if (best === null)
      best = base;
    if (best === "off")
      return null;
    return best === rule.severity ? rule : { ...rule, severity: best };
  }
  /** A turn normalised and matched (every pattern group's matches, and which groups have any). */
  analyzeTurn(turn, languages) {
    const text = analyzeText(normalize(turn.text));
    const hits = [];
    const groups = this.matcher.matchSparse(text, languages, ROLE_BIT[turn.role] ?? ALL_ROLES, hits);
    return { turn, text, groups, hits };
  }
  /** Parses and lints one text. */
  lintText(text, opts = {}) {
    const doc = parseDocument2(text, { labels: this.labels, ...this.options.directiveMarker !== void 0 ? { directiveMarker: this.options.directiveMarker } : {}, ...opts.filePath !== void 0 ? { filePath: opts.filePath } : {}, ...opts.format !== void 0 ? { format: opts.format } : {} });
    return this.lintDocument(doc, opts.filePath ?? "<text>");
  }
  /** Lints a parsed document (any input format). */
  lintDocument(doc, filePath) {
    const lines = new LineIndex(doc.source);
    const diagnostics = [];
    const fileLanguages = /* @__PURE__ */ new Set();
    const notices = [...doc.notices];
    const recordCalls = this.options.calls === true || this.options.scorecard !== void 0;
    const pendingCalls = [];
    for (const call of doc.calls) {
      const languages = new Set(this.forcedLanguages ?? detectLanguagesOf(call.turns.map((t) => t.text)));
      for (const l of languages)
        fileLanguages.add(l);
      const firstDiagnostic = diagnostics.length;
      const checked = [];
      let ctx = null;
      if (languages.size > 0) {
        const turns = call.turns.map((turn) => this.analyzeTurn(turn, languages));
        if (this.operators.length > 0)
          applyOperators(this.operators, turns, languages);
        ctx = new CallContext(call, turns, languages, doc.source, lines, diagnostics, notices);
        for (const compiled of this.languageOnlyRules.length > 0 ? [...this.rules, ...this.languageOnlyRules] : this.rules) {
          const rule = this.options.languageRules ? this.inLanguages(compiled, languages) : compiled;
          if (rule === null)
            continue;
          if (rule.languages !== null && !sharesLanguage(rule.languages, languages))
            continue;
          if (!windowApplies(rule, ctx) || rule.kind.applies && !rule.kind.applies(rule, ctx))
            continue;
          checked.push(rule.def.id);
          rule.kind.check(rule, ctx);
        }
      }
      if (recordCalls)
        pendingCalls.push({ call, ctx, languages: [...languages], checked, diagnostics: diagnostics.slice(firstDiagnostic) });
    }
    diagnostics.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
    const directed = this.options.inlineConfig === false ? null : applyDirectives(diagnostics, readDirectives(doc.source, doc.format, lines, this.options.directiveMarker), lines, this.options.reportUnusedDirectives);
    const remaining = recordCalls ? new Set(directed ? directed.diagnostics : diagnostics) : null;
    const calls = pendingCalls.map((p) => recordCall({ ...p, diagnostics: p.diagnostics.filter((d) => remaining.has(d)), conditions: this.conditions, scorecard: this.options.scorecard }));
    if (this.options.fingerprints) {
      addFingerprints(doc, directed ? directed.diagnostics : diagnostics);
      if (directed)
        addFingerprints(doc, directed.suppressed);
    }
    return counted({
      filePath,
      diagnostics: directed ? directed.diagnostics : diagnostics,
      ...directed && directed.suppressed.length > 0 ? { suppressed: directed.suppressed, suppressedCount: directed.suppressed.length } : {},
      notices,
      languages: [...fileLanguages],
      kind: doc.kind,
      format: doc.format,
      source: doc.source,
      ...recordCalls ? { calls } : {},
      errorCount: 0,
      warningCount: 0,
      infoCount: 0
    });
  }
};
var SEVERITY_RANK = { off: 0, info: 1, warning: 2, error: 3 };
function summarize(r) {
  return counted({ ...r, errorCount: 0, warningCount: 0, infoCount: 0 });
}
function sharesLanguage(a, b) {
  for (const l of a)
    if (b.has(l))
      return true;
  return false;
}
function counted(r) {
  for (const d of r.diagnostics) {
    if (d.severity === "error")
      r.errorCount++;
    else if (d.severity === "warning")
      r.warningCount++;
    else
      r.infoCount++;
  }
  return r;
}
function literalPattern(value) {
  const words2 = tokenize(normalize(value)).text;
  if (words2.length === 0)
    return null;
  const nodes = words2.map((w) => ({ kind: "word", mode: [...w].length >= MORPH_MIN_LENGTH ? "morph" : "exact", text: w }));
  return { source: value, anchored: false, nodes };
}

// dist/input/read.js
var CONFIDENT = 80;
function iconvName(name) {
  const n = name.toLowerCase();
  const mapped = n === "gbk" || n === "gb2312" ? "gb18030" : n;
  return iconv().encodingExists(mapped) ? mapped : void 0;
}
var BAD = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u2500-\u259F\p{Co}\p{Cn}\p{Cs}]/gu;
var LATIN2 = new RegExp("\\p{Script=Latin}", "gu");
function count2(re, text) {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null)
    n++;
  return n;
}
var BAD_ONE = new RegExp(`^${BAD.source}$`, "u");
var LATIN_ONE = new RegExp(`^${LATIN2.source}$`, "u");
var LETTER_ONE = new RegExp("^\\p{L}$", "u");
var HAN_ONE2 = new RegExp("^\\p{Script=Han}$", "u");
var IS_BAD = 1;
var IS_LATIN = 2;
var IS_LETTER = 4;
var IS_HAN2 = 8;
var unitClasses;
function classesOfUnits() {
  if (unitClasses === void 0) {
    unitClasses = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      if (c >= 55296 && c <= 57343)
        continue;
      const ch = String.fromCharCode(c);
      unitClasses[c] = (BAD_ONE.test(ch) ? IS_BAD : 0) | (LATIN_ONE.test(ch) ? IS_LATIN : 0) | (LETTER_ONE.test(ch) ? IS_LETTER : 0) | (HAN_ONE2.test(ch) ? IS_HAN2 : 0);
    }
  }
  return unitClasses;
}
function implausibility(text, limit2 = Infinity) {
  const n = text.length;
  if (n === 0)
    return 0;
  const classes = classesOfUnits();
  let bad = 0;
  let latin = 0;
  let accented = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 57343) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        const ch = text.slice(i, i + 2);
        if (BAD_ONE.test(ch) && ++bad / n >= limit2)
          return bad / n;
        if (LATIN_ONE.test(ch))
          latin++;
        i++;
      } else if (++bad / n >= limit2)
        return bad / n;
      continue;
    }
    const k = classes[c];
    if ((k & IS_BAD) !== 0 && ++bad / n >= limit2)
      return bad / n;
    if (k & IS_LATIN)
      latin++;
    if (c >= 192 && c <= 591)
      accented++;
  }
  if (latin > 0 && accented / latin > 0.3)
    bad += accented;
  return bad / n;
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function decodeWith(bytes, encoding) {
  return stripBom(iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
}
function utf16ByNulPattern(bytes) {
  const n = Math.min(bytes.length, 65536);
  const firstNul = bytes.indexOf(0);
  if (firstNul === -1 || firstNul >= n)
    return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0)
        even++;
      else
        odd++;
    }
  }
  if (even + odd === 0)
    return null;
  if (bytes.length % 2 !== 0)
    return "binary";
  const stripped = bytes.subarray(0, n).filter((b) => b !== 0);
  if (stripped.some((b) => b >= 128)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(stripped);
      return "binary";
    } catch {
    }
  }
  const sample = bytes.subarray(0, n - n % 2);
  const le = implausibility(decodeWith(sample, "utf-16le"), 0.02) < 0.02;
  const be = implausibility(decodeWith(sample, "utf-16be"), 0.02) < 0.02;
  if (le && be)
    return odd >= even ? "utf-16le" : "utf-16be";
  if (le)
    return "utf-16le";
  if (be)
    return "utf-16be";
  return "binary";
}
function decodeBytes(bytes, opts = {}) {
  if (opts.encoding !== void 0) {
    if (!iconv().encodingExists(opts.encoding))
      return { ok: false, reason: `unknown encoding "${opts.encoding}"` };
    const text = decodeWith(bytes, opts.encoding);
    const bad = count2(/\uFFFD/g, text);
    const notices = bad > 0 ? [`${bad} byte sequence${bad === 1 ? "" : "s"} could not be decoded as ${opts.encoding}`] : [];
    return { ok: true, text, encoding: opts.encoding.toLowerCase(), notices };
  }
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    try {
      return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)), encoding: "utf-8", notices: [] };
    } catch {
      return { ok: false, reason: "not valid UTF-8 despite its UTF-8 byte order mark; skipped" };
    }
  }
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254)
    return { ok: true, text: decodeWith(bytes, "utf-16le"), encoding: "utf-16le", notices: [] };
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255)
    return { ok: true, text: decodeWith(bytes, "utf-16be"), encoding: "utf-16be", notices: [] };
  if (bytes.length === 0)
    return { ok: true, text: "", encoding: "utf-8", notices: [] };
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16 === "binary")
    return { ok: false, reason: "binary file; skipped" };
  if (utf16 !== null)
    return { ok: true, text: decodeWith(bytes, utf16), encoding: utf16, notices: [] };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", notices: [] };
  } catch {
  }
  const damaged = damagedUtf8(bytes);
  return damaged ?? guessEncoding(bytes);
}
function damagedUtf8(bytes) {
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 65279)
    text = text.slice(1);
  let bad = 0;
  let good = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 65533) {
      if (++bad * 10 > good + (n - i - 1))
        return void 0;
    } else if (c > 127)
      good++;
  }
  if (bad === 0 || good < 10 * bad)
    return void 0;
  return { ok: true, text, encoding: "utf-8", notices: [`${bad} invalid UTF-8 byte sequence${bad === 1 ? "" : "s"} replaced by U+FFFD`] };
}
var PRIOR_WEIGHT = 0.1;
var EPSILON = 1e-9;
function priorMatters(candidates) {
  if (candidates.length === 0)
    return false;
  let best = -Infinity;
  let second = -Infinity;
  for (const c of candidates) {
    if (c.language > best) {
      second = best;
      best = c.language;
    } else if (c.language > second)
      second = c.language;
  }
  if (best < 0.5)
    return true;
  const secondHighest = candidates.length > 1 ? second + PRIOR_WEIGHT + EPSILON : 0;
  if (best <= secondHighest)
    return true;
  const lowest = Math.round(100 * Math.min(1, best) * Math.min(1, (best - secondHighest) / 0.3));
  return lowest < CONFIDENT;
}
var SAMPLE_BYTES = 32768;
var LEGACY = ["windows-1251", "koi8-r", "gb18030", "big5", "windows-1252"];
var hanCommon = /* @__PURE__ */ new Map();
var hanUnitCommon = new Uint8Array(65536);
function commonHanUnit(c) {
  let k = hanUnitCommon[c];
  if (k === 0)
    hanUnitCommon[c] = k = isCommonHan(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
function isCommonHan(ch) {
  let common = hanCommon.get(ch);
  if (common === void 0) {
    const gb = iconv().encode(ch, "gbk");
    const b5 = iconv().encode(ch, "big5");
    common = gb.length === 2 && gb[0] >= 176 && gb[0] <= 215 && gb[1] >= 161 || b5.length === 2 && b5[0] >= 164 && b5[0] <= 198;
    hanCommon.set(ch, common);
  }
  return common;
}
var WORD = new RegExp("\\p{L}+", "gu");
var isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isRussianLower = (c) => c >= 1072 && c <= 1103 || c === 1105;
var isRussianUpper = (c) => c >= 1040 && c <= 1071 || c === 1025;
function letterAt(text, i, n, classes) {
  const c = text.charCodeAt(i);
  if (c < 55296 || c > 57343)
    return classes[c] & IS_LETTER ? 1 : 0;
  if (c > 56319 || i + 1 >= n)
    return 0;
  const d = text.charCodeAt(i + 1);
  return d >= 56320 && d <= 57343 && LETTER_ONE.test(text.slice(i, i + 2)) ? 2 : 0;
}
function languageScore(text) {
  const classes = classesOfUnits();
  const n = text.length;
  let letters = 0;
  let good = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const first = c0 < 55296 || c0 > 57343 ? classes[c0] & IS_LETTER ? 1 : 0 : letterAt(text, i, n, classes);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let russian = false;
    let han = false;
    let lower = true;
    let firstShape = 0;
    let caps = true;
    for (let len = first; len !== 0; ) {
      const c = text.charCodeAt(i);
      if (len === 2) {
        ascii = false;
        if (HAN_ONE2.test(text.slice(i, i + 2)))
          han = true;
        if (i !== start)
          lower = false;
        caps = false;
      } else {
        if (!isAsciiLetter(c))
          ascii = false;
        if (classes[c] & IS_HAN2)
          han = true;
        const low = isRussianLower(c);
        const up = !low && isRussianUpper(c);
        if (low || up)
          russian = true;
        if (i === start)
          firstShape = low ? 1 : up ? 2 : 0;
        else if (!low)
          lower = false;
        if (!up)
          caps = false;
      }
      i += len;
      if (i >= n)
        break;
      const d = text.charCodeAt(i);
      len = d < 55296 || d > 57343 ? classes[d] & IS_LETTER ? 1 : 0 : letterAt(text, i, n, classes);
    }
    const length = i - start;
    if (ascii) {
      letters += length;
      good += length;
      continue;
    }
    if (russian && !han) {
      letters += length;
      if (firstShape !== 0 && lower)
        good += length;
      else if (caps)
        good += length / 2;
      continue;
    }
    for (let k = start; k < i; ) {
      const c = text.charCodeAt(k);
      letters++;
      if (c >= 55296 && c <= 56319 && k + 1 < i) {
        const ch = text.slice(k, k + 2);
        if (HAN_ONE2.test(ch))
          good += isCommonHan(ch) ? 1 : 0.2;
        k += 2;
        continue;
      }
      if (isAsciiLetter(c))
        good++;
      else if (classes[c] & IS_HAN2)
        good += commonHanUnit(c) ? 1 : 0.2;
      else if (c >= 192 && c <= 255)
        good += 0.5;
      k++;
    }
  }
  return letters === 0 ? 0 : good / letters;
}
function guessEncoding(bytes, askChardet = false) {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const names = [...LEGACY, ...bytes.length % 2 === 0 ? ["utf-16le", "utf-16be"] : []];
  const candidates = [];
  for (const encoding of names) {
    const text = decodeWith(sample, encoding);
    if (implausibility(text, 0.01) >= 0.01)
      continue;
    const language = languageScore(text);
    candidates.push({ encoding, prior: 0, text, language, score: language });
  }
  if (askChardet || priorMatters(candidates)) {
    const prior = /* @__PURE__ */ new Map();
    for (const m of chardet().analyse(sample)) {
      const name = iconvName(m.name);
      if (name !== void 0 && !prior.has(name))
        prior.set(name, m.confidence);
    }
    for (const c of candidates) {
      c.prior = prior.get(c.encoding) ?? 0;
      c.score = c.language + PRIOR_WEIGHT * (c.prior / 100);
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.5)
    return { ok: false, reason: "cannot tell the text encoding (not UTF-8, and no ru/zh/en encoding decodes it to plausible text); pass --encoding; skipped" };
  const second = candidates[1]?.score ?? 0;
  const confidence = Math.round(100 * Math.min(1, best.score) * Math.min(1, (best.score - second) / 0.3));
  const why = best.encoding.startsWith("utf-16") ? "no byte order mark" : `confidence ${confidence}%`;
  const notices = confidence < CONFIDENT ? [`encoding guessed: ${best.encoding} (${why})`] : [];
  return { ok: true, text: sample === bytes ? best.text : decodeWith(bytes, best.encoding), encoding: best.encoding, notices };
}

// dist/input/load.js
function parseOptions(opts, filePath, format = opts.format) {
  return {
    filePath,
    labels: opts.labels ?? DEFAULT_SPEAKER_LABELS,
    ...format !== void 0 ? { format } : {},
    ...opts.speakerRoles !== void 0 ? { speakerRoles: opts.speakerRoles } : {},
    ...opts.csv !== void 0 ? { csv: opts.csv } : {},
    ...opts.directiveMarker !== void 0 ? { directiveMarker: opts.directiveMarker } : {}
  };
}
function parseInputBytes(bytes, filePath, opts = {}) {
  const decoded = decodeBytes(bytes, { encoding: opts.encoding });
  if (!decoded.ok)
    return { ok: false, error: { message: decoded.reason } };
  if (decoded.text.trim() === "")
    return { ok: false, error: { message: "empty file; skipped" } };
  try {
    const doc = parseDocument2(decoded.text, parseOptions(opts, filePath));
    doc.notices.unshift(...decoded.notices);
    return { ok: true, doc, encoding: decoded.encoding, notices: doc.notices };
  } catch (e) {
    if (e instanceof TranscriptError) {
      const error = { message: e.reason };
      if (e.line !== void 0)
        error.line = e.line;
      if (e.column !== void 0)
        error.column = e.column;
      return { ok: false, error };
    }
    if (e instanceof UnknownFormatError)
      return { ok: false, error: { message: e.message } };
    throw e;
  }
}

// dist/api/lint-files.js
function displayPath(absPath, cwd) {
  if (cwd === void 0)
    return absPath;
  const rel = relative2(cwd, absPath);
  return rel === "" || rel.startsWith("..") ? absPath : rel;
}
function fatalResult(filePath, message, line, column) {
  const fatal = { message };
  if (line !== void 0)
    fatal.line = line;
  if (column !== void 0)
    fatal.column = column;
  return { ...summarize({ filePath, diagnostics: [], notices: [], languages: [] }), fatal };
}
function lintBytes(linter, bytes, filePath, opts = {}) {
  const parsed = parseInputBytes(bytes, filePath, opts.input);
  if (!parsed.ok)
    return fatalResult(filePath, parsed.error.message, parsed.error.line, parsed.error.column);
  const result = linter.lintDocument(parsed.doc, filePath);
  result.notices = [...parsed.notices, ...result.notices.filter((n) => !parsed.notices.includes(n))];
  result.encoding = parsed.encoding;
  return result;
}
function lintFile(linter, absPath, opts = {}) {
  const shown = displayPath(absPath, opts.cwd);
  let bytes;
  try {
    bytes = readFileSync4(absPath);
  } catch (e) {
    const err = e;
    const why = err.code === "EACCES" ? "permission denied" : err.code === "EISDIR" ? "is a directory" : err.code === "ENOENT" ? "no such file" : err.message;
    return fatalResult(shown, `cannot read file: ${why}; skipped`);
  }
  return lintBytes(linter, bytes, shown, opts);
}

// dist/api/large-export.js
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
var LARGE_EXPORT_BYTES = 8 * 1024 * 1024;
var PIECE_BYTES = 1024 * 1024;
var MAX_CARRY_PIECES = 4;
var NO_SPEECH = "no speech found in the file";
function kindOf(path, format) {
  const name = format ?? (/\.(jsonl|ndjson)$/i.test(path) ? "jsonl" : /\.csv$/i.test(path) ? "csv" : /\.tsv$/i.test(path) ? "tsv" : null);
  return name === "jsonl" ? "jsonl" : name === "csv" || name === "tsv" ? "delimited" : null;
}
var PieceReader = class {
  fd;
  size;
  pieceBytes;
  kind;
  maxBytes;
  rest = Buffer.alloc(0);
  position = 0;
  ended = false;
  first = true;
  decoder = new TextDecoder("utf-8", { fatal: true });
  constructor(fd, size, pieceBytes, kind, maxBytes) {
    this.fd = fd;
    this.size = size;
    this.pieceBytes = pieceBytes;
    this.kind = kind;
    this.maxBytes = maxBytes;
  }
  get done() {
    return this.ended && this.rest.length === 0;
  }
  /**
   * The next piece's text, '' at the end; null when the bytes are not plain UTF-8 text, or when
   * no cut is found in `maxBytes` (a line that long, or CSV whose quotes never pair up: a stray
   * `"` inside an unquoted field counts as one).
   */
  next() {
    let buf = this.rest;
    let scanned = 0;
    let quotes = 0;
    let cut = 0;
    for (; ; ) {
      const want = Math.min(this.pieceBytes, this.size - this.position);
      if (want > 0) {
        const chunk = Buffer.allocUnsafe(want);
        const got = readSync(this.fd, chunk, 0, want, this.position);
        this.position += got;
        buf = buf.length === 0 ? chunk.subarray(0, got) : Buffer.concat([buf, chunk.subarray(0, got)]);
        if (got < want)
          this.ended = true;
      }
      if (this.position >= this.size)
        this.ended = true;
      if (this.ended)
        cut = buf.length;
      else if (this.kind === "jsonl")
        cut = buf.lastIndexOf(10) + 1;
      else {
        for (; scanned < buf.length; scanned++) {
          const b = buf[scanned];
          if (b === 34)
            quotes++;
          else if (b === 10 && (quotes & 1) === 0)
            cut = scanned + 1;
        }
      }
      if (cut > 0 || this.ended) {
        const piece = buf.subarray(0, cut);
        this.rest = Buffer.from(buf.subarray(cut));
        if (piece.includes(0))
          return null;
        const start = this.first && piece[0] === 239 && piece[1] === 187 && piece[2] === 191 ? 3 : 0;
        this.first = false;
        try {
          return this.decoder.decode(piece.subarray(start));
        } catch {
          return null;
        }
      }
      if (buf.length > this.maxBytes)
        return null;
    }
  }
};
var keyOf = (r) => r.fields.callId ? r.fields.callId.value.trim() : "\0";
function newlines(text, end) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1))
    n++;
  return n;
}
function flat(s) {
  s.charCodeAt(0);
  return s;
}
function moveFinding(d, offsets, lines) {
  d.offset += offsets;
  d.endOffset += offsets;
  d.line += lines;
  d.endLine += lines;
  for (const s of d.suggestions)
    s.range = [s.range[0] + offsets, s.range[1] + offsets];
}
function lintInPieces(linter, absPath, shownPath2, opts) {
  const input = opts.input ?? {};
  const kind = kindOf(absPath, input.format);
  if (kind === null)
    return null;
  if (input.encoding !== void 0 && !/^utf-?8$/i.test(input.encoding))
    return null;
  let fd;
  try {
    if (statSync(absPath).size < (opts.minBytes ?? LARGE_EXPORT_BYTES))
      return null;
    fd = openSync(absPath, "r");
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const pieceBytes = opts.pieceBytes ?? PIECE_BYTES;
    const maxCarry = opts.maxCarry ?? MAX_CARRY_PIECES * pieceBytes;
    return piecewise(linter, new PieceReader(fd, size, pieceBytes, kind, maxCarry), shownPath2, input, opts.frameLines, kind, maxCarry);
  } finally {
    closeSync(fd);
  }
}
function piecewise(linter, reader, shownPath2, input, frameLines, kind, maxCarry) {
  const diagnostics = [];
  const suppressed = [];
  const notices = [];
  const lintNotices = [];
  const languages = /* @__PURE__ */ new Set();
  let calls;
  let sourceLines;
  let format = input.format;
  let speech = false;
  const done = /* @__PURE__ */ new Set();
  let carry = "";
  let base = 0;
  let baseLine = 0;
  let prefix = "";
  let prefixLines = 0;
  for (; ; ) {
    const next = reader.next();
    if (next === null)
      return null;
    const last = reader.done;
    const text = carry + next;
    const docText = flat(prefix + text);
    let reading;
    try {
      reading = readRecords(docText, parseOptions(input, shownPath2, format));
    } catch {
      return null;
    }
    if (reading === null || kindOf("", reading.format) !== kind)
      return null;
    format = reading.format;
    const records = reading.records;
    let tail = 0;
    for (let i = 0; i < records.length; i++) {
      if (i > 0 && keyOf(records[i]) === keyOf(records[i - 1]))
        continue;
      if (done.has(keyOf(records[i])))
        return null;
      if (i > 0)
        done.add(keyOf(records[i - 1]));
      tail = i;
    }
    let cut = text.length;
    let lintRecords = records;
    if (!last && records.length === 0) {
      cut = 0;
      lintRecords = [];
    } else if (!last) {
      lintRecords = records.slice(0, tail);
      const lineStart = docText.lastIndexOf("\n", records[tail].start - 1) + 1;
      cut = lineStart - prefix.length;
      if (cut < 0)
        return null;
    }
    if (lintRecords.length > 0) {
      let doc;
      try {
        doc = reading.document(lintRecords);
      } catch {
        return null;
      }
      if (doc.calls.some((c) => c.turns.length > 0))
        speech = true;
      const r = linter.lintDocument(doc, shownPath2);
      const offsets = base - prefix.length;
      const lines = baseLine - prefixLines;
      if (!frameLines)
        delete r.source;
      else {
        keepFrameLines(r);
        if (r.sourceLines) {
          sourceLines ??= {};
          for (const [line, textOfLine] of Object.entries(r.sourceLines))
            sourceLines[Number(line) + lines] = textOfLine;
        }
      }
      detachStrings(r);
      for (const d of r.diagnostics) {
        moveFinding(d, offsets, lines);
        diagnostics.push(d);
      }
      for (const d of r.suppressed ?? []) {
        moveFinding(d, offsets, lines);
        suppressed.push(d);
      }
      r.notices.forEach((n, i) => {
        const list = i < doc.notices.length ? notices : lintNotices;
        if (n !== NO_SPEECH && !list.includes(n))
          list.push(n);
      });
      for (const l of r.languages)
        languages.add(l);
      if (r.calls)
        (calls ??= []).push(...r.calls);
    }
    if (last)
      break;
    if (kind === "delimited" && prefix === "" && records.length > 0) {
      const headerEnd = docText.lastIndexOf("\n", records[0].start - 1) + 1;
      if (headerEnd > cut)
        return null;
      prefix = docText.slice(0, headerEnd);
      prefixLines = newlines(prefix, prefix.length);
    }
    if (text.length - cut > maxCarry)
      return null;
    baseLine += newlines(text, cut);
    base += cut;
    carry = text.slice(cut);
  }
  if (!speech)
    notices.push(NO_SPEECH);
  for (const n of lintNotices)
    if (!notices.includes(n))
      notices.push(n);
  const result = summarize({
    filePath: shownPath2,
    diagnostics,
    ...suppressed.length > 0 ? { suppressed, suppressedCount: suppressed.length } : {},
    notices,
    languages: [...languages],
    kind: "transcript",
    format,
    ...calls ? { calls } : {}
  });
  if (sourceLines)
    result.sourceLines = sourceLines;
  result.encoding = "utf-8";
  return result;
}

// dist/api/run-files.js
var MIN_BYTES_PER_THREAD = 8 * 1024 * 1024;
function lintOne(s, absPath, init, detach = true) {
  let r;
  try {
    if (init.sourceText !== "keep") {
      let pieces = null;
      try {
        pieces = lintInPieces(s.linterFor(absPath), absPath, displayPath(absPath, init.cwd), { input: init.input, frameLines: init.sourceText === "frame-lines" });
      } catch {
      }
      if (pieces !== null)
        return pieces;
    }
    r = lintFile(s.linterFor(absPath), absPath, { cwd: init.cwd, input: init.input });
  } catch (e) {
    r = fatalResult(displayPath(absPath, init.cwd), `internal error while linting this file: ${e instanceof Error ? e.message : String(e)}; skipped`);
  }
  if (init.sourceText === "keep")
    return r;
  if (init.sourceText === "drop") {
    const { source: _source, ...rest } = r;
    r = rest;
  } else
    keepFrameLines(r);
  return detach && (r.diagnostics.length > 0 || r.sourceLines !== void 0) ? detachStrings(r) : r;
}
function detachStrings(value) {
  if (typeof value === "string")
    return value.length >= SLICE_MIN_LENGTH ? Buffer.from(value, "utf16le").toString("utf16le") : value;
  if (typeof value !== "object" || value === null)
    return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      if (typeof x === "string" ? x.length >= SLICE_MIN_LENGTH : typeof x === "object" && x !== null)
        value[i] = detachStrings(x);
    }
    return value;
  }
  const proto2 = Object.getPrototypeOf(value);
  if (proto2 !== Object.prototype && proto2 !== null)
    return structuredClone(value);
  const o = value;
  for (const k in o) {
    const x = o[k];
    if (typeof x === "string" ? x.length >= SLICE_MIN_LENGTH : typeof x === "object" && x !== null)
      o[k] = detachStrings(x);
  }
  return value;
}

// dist/api/setup.js
var import_picomatch = __toESM(require_picomatch2(), 1);
import { isAbsolute as isAbsolute5, relative as relative4, resolve as resolve6, sep as sep2 } from "node:path";

// dist/config/config.js
var import_yaml8 = __toESM(require_dist(), 1);
import { existsSync as existsSync4, readFileSync as readFileSync5 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname2, extname, isAbsolute as isAbsolute4, join as join4, relative as relative3, resolve as resolve5 } from "node:path";
var SPEAKER_ROLES = ["agent", "customer", "unknown"];
var CSV_FIELDS = ["callId", "speaker", "role", "text", "start", "end", "agent"];
var CONFIG_FILE_NAMES = ["talklint.config.yaml", "talklint.config.yml", ".talklintrc.yaml", ".talklintrc.yml"];
var CONFIG_KEYS = ["extends", "packs", "rules", "variables", "speakers", "languages", "languageSettings", "ignorePatterns", "directiveMarker", "overrides", "speakerRoles", "csv", "scorecard"];
var OVERRIDE_KEYS = ["files", "excludedFiles", "packs", "rules", "variables", "languages", "languageSettings"];
var LANGUAGE_SETTING_KEYS = ["rules"];
var SEVERITY_SETTINGS = ["off", "info", "warning", "error"];
function defaultConfig() {
  return {
    file: null,
    dir: null,
    extended: [],
    packs: [...BUILTIN_PACKS],
    rules: {},
    ruleLocations: {},
    variables: {},
    speakers: {},
    languageSettings: {},
    ignorePatterns: [],
    overrides: [],
    speakerRoles: {},
    csv: {}
  };
}
var locations = /* @__PURE__ */ new WeakMap();
function ruleLocation(rules, id) {
  return locations.get(rules)?.[id];
}
function findConfigFile(startDir) {
  let dir = resolve5(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join4(dir, name);
      if (existsSync4(candidate))
        return candidate;
    }
    const parent = dirname2(dir);
    if (parent === dir)
      return null;
    dir = parent;
  }
}
function emptyLayer() {
  const rules = {};
  locations.set(rules, {});
  return { extended: [], rules, variables: {}, speakers: {}, languageSettings: {}, ignorePatterns: [], overrides: [], speakerRoles: {}, csv: {} };
}
function mergeRules(into, from) {
  const intoLocs = locations.get(into) ?? {};
  const fromLocs = locations.get(from) ?? {};
  for (const [id, sev] of Object.entries(from)) {
    into[id] = sev;
    if (fromLocs[id])
      intoLocs[id] = fromLocs[id];
  }
  locations.set(into, intoLocs);
}
function mergeLanguageSettings(into, from) {
  for (const lang of Object.keys(from)) {
    const rules = into[lang]?.rules ?? newRules();
    mergeRules(rules, from[lang].rules);
    into[lang] = { rules };
  }
}
function newRules() {
  const r = {};
  locations.set(r, {});
  return r;
}
function mergeLayer(base, top) {
  base.extended.push(...top.extended.filter((e) => !base.extended.includes(e)));
  if (top.packs)
    base.packs = unique([...base.packs ?? [], ...top.packs]);
  mergeRules(base.rules, top.rules);
  Object.assign(base.variables, top.variables);
  Object.assign(base.speakers, top.speakers);
  if (top.languages)
    base.languages = top.languages;
  mergeLanguageSettings(base.languageSettings, top.languageSettings);
  base.ignorePatterns = unique([...base.ignorePatterns, ...top.ignorePatterns]);
  if (top.directiveMarker !== void 0)
    base.directiveMarker = top.directiveMarker;
  if (top.scorecard !== void 0)
    base.scorecard = top.scorecard;
  base.overrides.push(...top.overrides);
  Object.assign(base.speakerRoles, top.speakerRoles);
  Object.assign(base.csv, top.csv);
}
function unique(items) {
  return [...new Set(items)];
}
function loadConfigFile(path, displayPath2 = path) {
  const abs = resolve5(path);
  const loaded = loadLayerFile(abs, displayPath2, []);
  if (!loaded.ok)
    return loaded;
  return { ok: true, config: finish(loaded.layer, displayPath2, dirname2(abs)) };
}
function finish(layer, file, dir) {
  const config = {
    file,
    dir,
    extended: layer.extended,
    packs: layer.packs ?? [...BUILTIN_PACKS],
    rules: layer.rules,
    ruleLocations: locations.get(layer.rules) ?? {},
    variables: layer.variables,
    speakers: layer.speakers,
    languageSettings: layer.languageSettings,
    ignorePatterns: layer.ignorePatterns,
    overrides: layer.overrides,
    speakerRoles: layer.speakerRoles,
    csv: layer.csv
  };
  if (layer.languages)
    config.languages = layer.languages;
  if (layer.directiveMarker !== void 0)
    config.directiveMarker = layer.directiveMarker;
  if (layer.scorecard !== void 0)
    config.scorecard = layer.scorecard;
  return config;
}
function loadLayerFile(abs, display, stack) {
  let text;
  try {
    text = readFileSync5(abs, "utf8");
  } catch (e) {
    return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read config: ${e.message}` }] };
  }
  return parseLayer(text, display, dirname2(abs), [...stack, abs]);
}
function parseLayer(text, file, baseDir, stack) {
  const y = new YamlFile(file, text);
  if (y.errors.length > 0)
    return { ok: false, errors: y.errors };
  const layer = emptyLayer();
  if (y.root === null || (0, import_yaml8.isScalar)(y.root) && y.root.value === null)
    return { ok: true, layer };
  const r = asMap(y, y.root, "the config", CONFIG_KEYS);
  if (!r)
    return { ok: false, errors: y.errors };
  const base = emptyLayer();
  const extendErrors = [];
  for (const { value, node } of r.stringList("extends") ?? []) {
    const ext = resolveExtends(y, value, node, baseDir, stack);
    if (ext === null)
      continue;
    if (!ext.ok) {
      extendErrors.push(...ext.errors);
      continue;
    }
    mergeLayer(base, ext.layer);
  }
  const own = emptyLayer();
  const packs = r.stringList("packs");
  if (packs)
    own.packs = packRefs(y, packs, baseDir);
  const rules = r.map("rules");
  if (rules)
    readRules(y, rules, '"rules"', own.rules);
  const variables = r.map("variables");
  if (variables)
    readVariables(y, variables, own.variables);
  const speakers = r.map("speakers");
  if (speakers) {
    const sr = new MapReader(y, speakers, '"speakers"', ["agent", "customer"]);
    const agent = sr.stringList("agent");
    const customer = sr.stringList("customer");
    if (agent)
      own.speakers.agent = agent.map((s) => s.value);
    if (customer)
      own.speakers.customer = customer.map((s) => s.value);
  }
  const languages = readLanguages2(r, "languages");
  if (languages)
    own.languages = languages;
  const languageSettings = r.map("languageSettings");
  if (languageSettings)
    readLanguageSettings(y, languageSettings, '"languageSettings"', own.languageSettings);
  own.ignorePatterns = (r.stringList("ignorePatterns") ?? []).map((s) => s.value);
  const scorecard = r.string("scorecard");
  if (scorecard !== void 0)
    own.scorecard = scorecard === "default" || isAbsolute4(scorecard) ? scorecard : resolve5(baseDir, scorecard);
  const marker = r.string("directiveMarker", { pattern: /^\S{1,8}$/, patternHint: "a short marker without spaces, e.g. # or //" });
  if (marker !== void 0)
    own.directiveMarker = marker;
  const speakerRoles = r.map("speakerRoles");
  if (speakerRoles) {
    const ids = speakerRoles.items.map((p) => (0, import_yaml8.isScalar)(p.key) ? String(p.key.value) : "");
    const sr = new MapReader(y, speakerRoles, '"speakerRoles"', ids);
    for (const id of sr.keys()) {
      const role = sr.oneOf(id, SPEAKER_ROLES);
      if (role !== void 0)
        own.speakerRoles[id] = role;
    }
  }
  const csv2 = r.map("csv");
  if (csv2) {
    const cr = new MapReader(y, csv2, '"csv"', CSV_FIELDS);
    for (const field of cr.keys()) {
      const name = cr.string(field);
      if (name !== void 0)
        own.csv[field] = name;
    }
  }
  for (const node of r.list("overrides") ?? []) {
    const o = readOverride(y, node, baseDir);
    if (o)
      own.overrides.push(o);
  }
  const errors = [...extendErrors, ...y.errors];
  if (errors.length > 0)
    return { ok: false, errors };
  mergeLayer(base, own);
  return { ok: true, layer: base };
}
function packRef(value, baseDir) {
  return BUILTIN_PACKS.includes(value) ? value : isAbsolute4(value) ? value : resolve5(baseDir, value);
}
function packRefs(y, items, baseDir) {
  const out = [];
  for (const { value, node } of items) {
    const ref = packRef(value, baseDir);
    if (ref !== value || isAbsolute4(value)) {
      if (!existsSync4(ref)) {
        const looksLikeId = !/[\\/.]/.test(value);
        y.error(node, `no such pack: "${value}" is neither a shipped pack (${BUILTIN_PACKS.join(", ")}) nor a file (looked for ${ref})` + (looksLikeId ? hintFor(value, BUILTIN_PACKS) : ""));
        continue;
      }
    }
    out.push(ref);
  }
  return out;
}
function readRules(y, node, where, into) {
  const locs = locations.get(into) ?? {};
  locations.set(into, locs);
  for (const pair of node.items) {
    const key = pair.key;
    const value = pair.value;
    if (!(0, import_yaml8.isScalar)(key) || typeof key.value !== "string") {
      y.error(key, `rule ids in ${where} are texts like ru/no-slang, found ${describe(key)}`);
      continue;
    }
    const v = (0, import_yaml8.isScalar)(value) ? String(value.value) : void 0;
    if (v === void 0 || !SEVERITY_SETTINGS.includes(v)) {
      const hint = v !== void 0 ? didYouMean(v, SEVERITY_SETTINGS) : null;
      y.error(value ?? key, `"${key.value}" in ${where} must be one of ${SEVERITY_SETTINGS.join(" | ")}, found ${v !== void 0 ? `"${v}"` : describe(value)}` + (hint ? ` (did you mean "${hint}"?)` : ""));
      continue;
    }
    into[key.value] = v;
    locs[key.value] = { file: y.file, ...y.position(key.range?.[0] ?? 0) };
  }
}
function readVariables(y, node, into) {
  const names = node.items.map((p) => (0, import_yaml8.isScalar)(p.key) ? String(p.key.value) : "");
  const vr = new MapReader(y, node, '"variables"', names);
  for (const name of vr.keys()) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name))
      y.error(vr.keyNode(name), `variable names are lower-case letters, digits and _, found "${name}"`);
    into[name] = (vr.stringList(name, { nonEmpty: true }) ?? []).map((s) => s.value);
  }
}
function readLanguages2(r, key) {
  const list = r.stringList(key);
  if (!list)
    return void 0;
  const out = [];
  for (const { value, node } of list) {
    if (LANGUAGES.includes(value))
      out.push(value);
    else
      r.y.error(node, `unknown language "${value}"; talklint knows ${LANGUAGES.join(", ")}` + hintFor(value, LANGUAGES));
  }
  return out;
}
function hintFor(value, options) {
  const hint = didYouMean(value, options);
  return hint ? ` (did you mean "${hint}"?)` : "";
}
function readLanguageSettings(y, node, where, into) {
  const lr = new MapReader(y, node, where, LANGUAGES);
  for (const lang of lr.keys()) {
    const settings = asMap(y, lr.value(lang), `"${lang}" in ${where}`, LANGUAGE_SETTING_KEYS);
    if (!settings)
      continue;
    const rules = newRules();
    const rulesNode = settings.map("rules");
    if (rulesNode)
      readRules(y, rulesNode, `"rules" of "${lang}" in ${where}`, rules);
    into[lang] = { rules };
  }
}
function readOverride(y, node, baseDir) {
  const r = asMap(y, node, 'each entry of "overrides"', OVERRIDE_KEYS);
  if (!r)
    return null;
  const files = r.stringList("files", { required: true, nonEmpty: true });
  const o = {
    files: (files ?? []).map((f) => globOf(f.value)),
    excludedFiles: (r.stringList("excludedFiles") ?? []).map((f) => globOf(f.value)),
    packs: packRefs(y, r.stringList("packs") ?? [], baseDir),
    rules: newRules(),
    variables: {},
    languageSettings: {}
  };
  for (const f of [...files ?? [], ...r.stringList("excludedFiles") ?? []]) {
    if (f.value.startsWith("../") || isAbsolute4(f.value))
      y.error(f.node, `globs in "overrides" are relative to the config's folder and cannot leave it, found "${f.value}"`);
  }
  const rules = r.map("rules");
  if (rules)
    readRules(y, rules, '"rules" of an override', o.rules);
  const variables = r.map("variables");
  if (variables)
    readVariables(y, variables, o.variables);
  const languages = readLanguages2(r, "languages");
  if (languages)
    o.languages = languages;
  const languageSettings = r.map("languageSettings");
  if (languageSettings)
    readLanguageSettings(y, languageSettings, '"languageSettings" of an override', o.languageSettings);
  return o;
}
function globOf(pattern2) {
  let p = pattern2.replace(/\\/g, "/").replace(/^\.\//, "");
  if (p.endsWith("/"))
    p += "**";
  return p;
}
function resolveExtends(y, ref, node, baseDir, stack) {
  if (BUILTIN_PACKS.includes(ref)) {
    const layer = emptyLayer();
    layer.packs = [ref];
    layer.extended = [ref];
    return { ok: true, layer };
  }
  const displayOf = (abs) => join4(dirname2(y.file), relative3(baseDir, abs));
  const isPath = ref.startsWith(".") || isAbsolute4(ref) || /\.(ya?ml|json)$/i.test(ref);
  if (isPath) {
    const abs = resolve5(baseDir, ref);
    if (!existsSync4(abs)) {
      y.error(node, `extends: no such config file "${ref}" (looked for ${abs})`);
      return null;
    }
    return extendFile(y, node, abs, displayOf(abs), stack);
  }
  let main;
  try {
    main = createRequire2(join4(baseDir, "__talklint_config__.js")).resolve(ref);
  } catch {
    const hint = didYouMean(ref, BUILTIN_PACKS);
    y.error(node, `extends: "${ref}" is not a shipped pack (${BUILTIN_PACKS.join(", ")}), a config file, or an npm package installed for ${baseDir}` + (hint ? ` (did you mean "${hint}"?)` : ""));
    return null;
  }
  const ext = extname(main).toLowerCase();
  if (ext === ".yaml" || ext === ".yml" || ext === ".json")
    return extendFile(y, node, main, displayOf(main), stack);
  let exported;
  try {
    exported = createRequire2(join4(baseDir, "__talklint_config__.js"))(ref);
  } catch (e) {
    y.error(node, `extends: cannot load the npm package "${ref}" (${main}): ${e.message}`);
    return null;
  }
  if (exported !== null && typeof exported === "object" && "default" in exported)
    exported = exported.default;
  if (typeof exported === "string") {
    const abs = resolve5(dirname2(main), exported);
    if (!existsSync4(abs)) {
      y.error(node, `extends: the npm package "${ref}" points to "${exported}", which does not exist`);
      return null;
    }
    return extendFile(y, node, abs, displayOf(abs), stack);
  }
  if (exported === null || typeof exported !== "object" || Array.isArray(exported)) {
    y.error(node, `extends: the npm package "${ref}" exports ${Array.isArray(exported) ? "a list" : typeof exported}; expected a config (an object) or the path of a config file`);
    return null;
  }
  if (stack.includes(main)) {
    y.error(node, `extends cycle: ${[...stack, main].map((s) => relative3(baseDir, s) || s).join(" \u2192 ")}`);
    return null;
  }
  return parseLayer((0, import_yaml8.stringify)(exported), `${displayOf(main)} (exported config, as YAML)`, dirname2(main), [...stack, main]);
}
function extendFile(y, node, abs, display, stack) {
  if (stack.includes(abs)) {
    y.error(node, `extends cycle: ${[...stack, abs].map((s) => relative3(dirname2(stack[0] ?? abs), s) || s).join(" \u2192 ")}`);
    return null;
  }
  const loaded = loadLayerFile(abs, display, stack);
  if (loaded.ok)
    loaded.layer.extended.push(abs);
  return loaded;
}

// dist/api/pack-cache.js
import { createHash as createHash2 } from "node:crypto";
import { readdirSync, readFileSync as readFileSync6, renameSync, statSync as statSync3, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname as dirname3, join as join6 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import { createRequire as createRequire3 } from "node:module";

// dist/version.js
var VERSION = PACKAGE_VERSION;

// dist/api/cache-folder.js
import { mkdirSync, statSync as statSync2 } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join as join5 } from "node:path";
function cacheDir() {
  let user = "user";
  try {
    user = String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
  } catch {
  }
  return join5(tmpdir(), `talklint-cache-${user}`);
}
function ownFolder(dir) {
  if (typeof process.getuid !== "function")
    return false;
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = statSync2(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}

// dist/api/pack-cache.js
var CODE_DIRS = ["packs", "pattern", "text", "rules", "input", "config", "cli"];
var FORMAT = 3;
var codeFingerprint = null;
function fingerprintCode() {
  if (codeFingerprint !== null)
    return codeFingerprint;
  const here = dirname3(fileURLToPath2(import.meta.url));
  const root = join6(here, "..");
  const dirs = basename(here) === "cli" ? ["cli"] : CODE_DIRS;
  const parts = [];
  for (const dir of dirs) {
    let names;
    try {
      names = readdirSync(join6(root, dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const st = statSync3(join6(root, dir, name));
        if (st.isFile())
          parts.push(`${dir}/${name}:${st.size}:${st.mtimeMs}`);
      } catch {
      }
    }
  }
  codeFingerprint = parts.join("\n");
  return codeFingerprint;
}
function naturalVersion() {
  try {
    return String(createRequire3(import.meta.url)("natural/package.json").version);
  } catch {
    return "?";
  }
}
function morphWords(value, out = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set()) {
  if (value === null || typeof value !== "object" || seen.has(value) || value instanceof RegExp)
    return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value)
      morphWords(v, out, seen);
    return out;
  }
  const o = value;
  if (o.kind === "word" && o.mode === "morph" && typeof o.text === "string" && !out.has(o.text))
    out.set(o.text, morphKeys(o.text));
  for (const v of Object.values(o))
    morphWords(v, out, seen);
  return out;
}
function keyOf2(refs, baseDir) {
  const h = createHash2("sha256");
  h.update(`talklint ${VERSION} pack-cache ${FORMAT}
${baseDir}
${fingerprintCode()}
natural ${naturalVersion()}
`);
  for (const ref of refs) {
    const resolved = resolvePackRef(ref, baseDir);
    if (!resolved)
      return null;
    let content;
    try {
      content = readFileSync6(resolved.path);
    } catch {
      return null;
    }
    h.update(`
${ref}
${resolved.path}
${resolved.builtin}
${content.length}
`);
    h.update(content);
  }
  return h.digest("hex");
}
var MAX_ENTRIES = 32;
function prune(dir) {
  const entries = readdirSync(dir).filter((n) => n.startsWith("packs-") && (n.endsWith(".v8") || n.endsWith(".json"))).map((n) => {
    try {
      return { n, t: statSync3(join6(dir, n)).mtimeMs };
    } catch {
      return { n, t: 0 };
    }
  }).sort((a, b) => b.t - a.t);
  for (const { n } of entries.slice(MAX_ENTRIES)) {
    try {
      unlinkSync(join6(dir, n));
    } catch {
    }
  }
}
function loadPacksCached(refs, baseDir) {
  if (process.env.TALKLINT_NO_CACHE === "1" || refs.length === 0)
    return loadPacks(refs, baseDir);
  const key = keyOf2(refs, baseDir);
  if (key === null)
    return loadPacks(refs, baseDir);
  const dir = cacheDir();
  if (!ownFolder(dir))
    return loadPacks(refs, baseDir);
  const file = join6(dir, `packs-${key.slice(0, 40)}.v8`);
  try {
    const cached = deserialize(readFileSync6(file));
    if (cached.key === key && Array.isArray(cached.packs)) {
      if (Array.isArray(cached.morph))
        rememberMorphKeys(cached.morph);
      return { ok: true, packs: cached.packs };
    }
  } catch {
  }
  const loaded = loadPacks(refs, baseDir);
  if (loaded.ok) {
    try {
      const morph = [...morphWords(loaded.packs)];
      rememberMorphKeys(morph);
      const bytes = serialize({ key, packs: loaded.packs, morph });
      if (isDeepStrictEqual(deserialize(bytes).packs, loaded.packs)) {
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, file);
        prune(dirname3(file));
      }
    } catch {
    }
  }
  return loaded;
}

// dist/api/setup.js
function readConfigFile(opts) {
  const file = opts.configFile !== void 0 ? resolve6(opts.cwd, opts.configFile) : opts.noConfig ? null : findConfigFile(opts.cwd);
  if (file === null)
    return { ok: true, config: defaultConfig() };
  return loadConfigFile(file, opts.configFile ?? file);
}
function cliPacks(opts) {
  return (opts.packs ?? []).map((p) => /[\\/]|\.ya?ml$/i.test(p) ? resolve6(opts.cwd, p) : p);
}
function withCommandLine(fileConfig, opts) {
  const config = {
    ...fileConfig,
    packs: unique2([...fileConfig.packs, ...cliPacks(opts)]),
    rules: { ...fileConfig.rules, ...opts.rules },
    variables: { ...fileConfig.variables }
  };
  for (const [name, values] of Object.entries(opts.variables ?? {}))
    config.variables[name] = [...config.variables[name] ?? [], ...values];
  if (opts.languages && opts.languages.length > 0)
    config.languages = [...opts.languages];
  return config;
}
function unique2(items) {
  return [...new Set(items)];
}
function languageRules(settings, cliRules) {
  const out = {};
  for (const s of settings) {
    for (const lang of Object.keys(s)) {
      const rules = out[lang] ??= {};
      for (const [id, sev] of Object.entries(s[lang].rules))
        if (cliRules[id] === void 0)
          rules[id] = sev;
    }
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function setup(opts) {
  const read = readConfigFile(opts);
  if (!read.ok)
    return read;
  const fileConfig = read.config;
  const config = withCommandLine(fileConfig, opts);
  const cliRules = opts.rules ?? {};
  const packCache = /* @__PURE__ */ new Map();
  const errors = [];
  const packsFor = (refs) => {
    const missing = refs.filter((r) => !packCache.has(r));
    if (missing.length > 0) {
      const loaded = loadPacksCached(missing, opts.cwd);
      if (!loaded.ok)
        errors.push(...loaded.errors);
      else
        missing.forEach((ref, i) => packCache.set(ref, loaded.packs[i]));
    }
    return refs.map((r) => packCache.get(r)).filter((p) => p !== void 0);
  };
  const basePacks = packsFor(config.packs);
  for (const o of config.overrides)
    packsFor(o.packs);
  if (errors.length > 0)
    return { ok: false, errors };
  const known2 = new Set([...packCache.values()].flatMap((p) => p.rules.map((r) => r.id)));
  const allPacks = [...new Set(config.packs.concat(config.overrides.flatMap((o) => o.packs)))];
  const check = (rules, fromCli) => {
    for (const id of Object.keys(rules)) {
      if (known2.has(id))
        continue;
      const loc = fromCli ? void 0 : ruleLocation(rules, id);
      const where = loc ?? { file: "--rule", line: 0, column: 0 };
      const hint = didYouMean(id, [...known2]);
      errors.push({ ...where, message: `unknown rule "${id}"; the loaded packs (${allPacks.join(", ")}) have no such rule` + (hint ? ` (did you mean "${hint}"?)` : " (see --list-rules)") });
    }
  };
  check(fileConfig.rules, false);
  check(cliRules, true);
  for (const lang of Object.values(fileConfig.languageSettings))
    check(lang.rules, false);
  for (const o of config.overrides) {
    check(o.rules, false);
    for (const lang of Object.values(o.languageSettings))
      check(lang.rules, false);
  }
  if (errors.length > 0)
    return { ok: false, errors };
  let scorecard;
  const scorecardRef = opts.scorecard ?? config.scorecard;
  if (scorecardRef !== void 0) {
    const card = loadScorecard(scorecardRef, { baseDir: opts.cwd });
    if (!card.ok)
      return { ok: false, errors: card.errors };
    const unknownRefs = checkScorecardRules(card.scorecard, known2);
    if (unknownRefs.length > 0)
      return { ok: false, errors: unknownRefs };
    scorecard = card.scorecard;
  }
  const common = {
    speakers: config.speakers,
    ...scorecard ? { scorecard } : {},
    ...config.directiveMarker !== void 0 ? { directiveMarker: config.directiveMarker } : {},
    ...opts.linterOptions
  };
  const baseLanguageRules = languageRules([fileConfig.languageSettings], cliRules);
  const linter = new Linter({
    ...common,
    packs: basePacks,
    rules: config.rules,
    variables: config.variables,
    ...config.languages ? { languages: config.languages } : {},
    ...baseLanguageRules ? { languageRules: baseLanguageRules } : {}
  });
  const linterWith = (matched) => {
    const overrides = matched.map((i) => config.overrides[i]);
    const packs = unique2([...fileConfig.packs, ...overrides.flatMap((o) => o.packs), ...cliPacks(opts)]);
    const rules = { ...fileConfig.rules };
    const variables = { ...fileConfig.variables };
    let languages = fileConfig.languages;
    for (const o of overrides) {
      Object.assign(rules, o.rules);
      Object.assign(variables, o.variables);
      if (o.languages)
        languages = o.languages;
    }
    Object.assign(rules, cliRules);
    for (const [name, values] of Object.entries(opts.variables ?? {}))
      variables[name] = [...variables[name] ?? [], ...values];
    if (opts.languages && opts.languages.length > 0)
      languages = [...opts.languages];
    const langRules = languageRules([fileConfig.languageSettings, ...overrides.map((o) => o.languageSettings)], cliRules);
    return new Linter({
      ...common,
      packs: packsFor(packs),
      rules,
      variables,
      ...languages ? { languages } : {},
      ...langRules ? { languageRules: langRules } : {}
    });
  };
  const matchers = config.overrides.map((o) => {
    const globs = (list) => list.map((g) => g.includes("/") ? g : `**/${g}`);
    const include = (0, import_picomatch.default)(globs(o.files), { dot: true });
    const exclude = o.excludedFiles.length > 0 ? (0, import_picomatch.default)(globs(o.excludedFiles), { dot: true }) : () => false;
    return (rel) => include(rel) && !exclude(rel);
  });
  const byKey = /* @__PURE__ */ new Map([["", linter]]);
  const baseDir = config.dir ?? resolve6(opts.cwd);
  const linterFor = (absPath) => {
    if (matchers.length === 0)
      return linter;
    const rel = relative4(baseDir, resolve6(absPath)).split(sep2).join("/");
    if (rel === "" || rel.startsWith("../") || isAbsolute5(rel))
      return linter;
    const matched = matchers.flatMap((m, i) => m(rel) ? [i] : []);
    const key = matched.join(",");
    let l = byKey.get(key);
    if (!l) {
      l = linterWith(matched);
      byKey.set(key, l);
    }
    return l;
  };
  return { ok: true, config, packs: basePacks, linter, linterFor, ruleIds: () => known2, ...scorecard ? { scorecard } : {} };
}

// dist/api/worker.js
var port = parentPort;
var EXIT_ON = process.env.TALKLINT_TEST_WORKER_EXIT_ON;
if (port !== null) {
  let init = null;
  let s = null;
  const post = (m) => port.postMessage(m);
  port.on("message", (msg) => {
    if (msg.type === "init") {
      init = msg.init;
      const built = setup(init.setupOptions);
      if (!built.ok) {
        post({ type: "setup-failed", message: built.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join("\n") });
        return;
      }
      s = built;
      post({ type: "ready" });
    } else if (msg.type === "batch") {
      if (s === null || init === null)
        throw new Error("talklint worker: a batch arrived before a successful init");
      const results = [];
      for (const [index, path] of msg.files) {
        if (EXIT_ON !== void 0 && EXIT_ON !== "" && path.endsWith(EXIT_ON))
          process.exit(70);
        results.push([index, lintOne(s, path, init, false)]);
      }
      post({ type: "results", id: msg.id, results });
    } else {
      port.close();
    }
  });
}
