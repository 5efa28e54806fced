// Phrases that name no concrete aim (R3.1 (1): not "collect information" or "build relations").
// Longest first so that a long phrase is removed before a shorter one inside it.
const vaguePhrases = [
  '收集信息', '搜集信息', '收集资料', '搜集资料', '了解情况', '了解市场', '了解一下', '建立关系', '维护关系', '搞好关系', '联络感情', '增进感情',
  '客情维护', '维护客情', '拜访一下', '例行拜访', '日常拜访', '礼节性拜访', '随便看看', '看一看', '走一走', '聊一聊', '喝茶', '坐一坐',
  'collect information', 'gather information', 'collect info', 'gather info', 'build relations', 'build relationships', 'build relationship',
  'maintain relations', 'maintain relationship', 'relationship building', 'keep in touch', 'catch up', 'say hello', 'check in', 'courtesy visit',
  'routine visit', 'general visit', 'follow up', 'see how things are',
].sort((a, b) => b.length - a.length);

// Words that carry no content on their own; what is left after removing them must be specific.
const zhFillers = ['客户', '经销商', '一下', '一些', '情况', '相关', '事宜', '事情', '了解', '沟通', '交流', '看看', '拜访', '走访', '聊聊', '跟进', '进行', '关系', '信息', '工作', '业务', '一次', '的', '了', '和', '与', '及', '等', '去', '下'];
const enFillers = new Set([
  'the', 'a', 'an', 'to', 'with', 'and', 'for', 'of', 'on', 'in', 'at', 'some', 'customer', 'client', 'dealer', 'distributor', 'them', 'him', 'her',
  'our', 'we', 'us', 'visit', 'talk', 'discuss', 'meet', 'see', 'general', 'information', 'info', 'relations', 'relationship', 'about', 'things',
  'stuff', 'update', 'updates', 'market', 'situation', 'status', 'check', 'just', 'do', 'go', 'get',
]);

/** The result of measuring how specific a text is. */
export interface Specificity {
  /** Content units left after removing vague phrases and fillers: one per CJK character, two per Latin word or number. */
  units: number;
  /** True when the text contained a vague phrase such as 收集信息 or "build relations". */
  hadVaguePhrase: boolean;
}

/**
 * Measures the concrete content of a free text. Vague phrases (收集信息, 联络感情, 拜访一下, "collect
 * information", "build relations", …) and filler words (客户, 了解, 一下, "the", "visit", …) count
 * nothing; each remaining CJK character counts 1 and each Latin word or number of two or more
 * characters (or any token containing a digit) counts 2, since "VMC850" or "rebate" name a thing.
 */
export function measureSpecificity(text: string): Specificity {
  let s = ` ${text.normalize('NFKC').toLowerCase()} `;
  let hadVaguePhrase = false;
  for (const p of vaguePhrases) {
    if (s.includes(p)) {
      hadVaguePhrase = true;
      s = s.split(p).join(' ');
    }
  }
  for (const w of zhFillers) s = s.split(w).join(' ');
  const cjk = (s.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (s.match(/[a-z0-9]+/g) ?? []).filter((w) => !enFillers.has(w) && (w.length >= 2 || /\d/.test(w))).length;
  return { units: cjk + 2 * words, hadVaguePhrase };
}
