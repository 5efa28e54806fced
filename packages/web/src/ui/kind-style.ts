import type { AccountKind, AccountStatus } from '@qudao/contract';

/** One colour per account kind, the same in tags, map markers and the legend. */
export const kindColors: Record<AccountKind, string> = {
  distributor: '#d4380d',
  sub_dealer: '#d48806',
  end_user: '#1677ff',
};

/** antd tag colour per status. */
export const statusTagColors: Record<AccountStatus, string> = {
  active: 'green',
  dormant: 'orange',
  closed: 'default',
};
