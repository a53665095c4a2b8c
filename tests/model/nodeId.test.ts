import { describe, expect, it } from 'vitest';
import { nodeId, parseNodeId } from '../../src/model/nodeId';

describe('nodeId', () => {
  it('round-trips actor and benefit references', () => {
    expect(parseNodeId(nodeId({ kind: 'actor', id: 'north-korea' }))).toEqual({ kind: 'actor', id: 'north-korea' });
    expect(parseNodeId('benefit:oil')).toEqual({ kind: 'benefit', id: 'oil' });
  });

  it('rejects malformed ids', () => {
    expect(parseNodeId('oil')).toBeUndefined();
    expect(parseNodeId('speaker:kirby')).toBeUndefined();
    expect(parseNodeId('actor:')).toBeUndefined();
  });
});
