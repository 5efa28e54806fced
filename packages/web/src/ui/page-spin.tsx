import { Flex, Spin } from 'antd';

/** A centred spinner for a page that is loading. */
export function PageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, height: '100%' }}>
      <Spin size="large" />
    </Flex>
  );
}
