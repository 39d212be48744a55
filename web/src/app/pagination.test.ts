import { gql, InMemoryCache } from '@apollo/client';
import { pagedLists } from './pagination';

const USERS = gql`
  query Users($search: String, $first: Int!, $after: String) {
    users(search: $search, first: $first, after: $after) {
      nodes {
        id
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

const page = (ids: string[], endCursor: string | null) => ({
  users: {
    __typename: 'UserConnection',
    nodes: ids.map((id) => ({ __typename: 'User', id })),
    pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
  },
});

describe('paged lists in the cache', () => {
  const cache = () => new InMemoryCache({ typePolicies: { Query: { fields: pagedLists } } });
  const write = (c: InMemoryCache, vars: object, data: ReturnType<typeof page>) =>
    c.writeQuery({ query: USERS, variables: { first: 2, ...vars }, data });
  const ids = (c: InMemoryCache, vars: object) =>
    c
      .readQuery<ReturnType<typeof page>>({ query: USERS, variables: { first: 2, ...vars } })
      ?.users.nodes.map((n) => n.id);

  it('extends the list with the page after its cursor', () => {
    const c = cache();
    write(c, { search: 'lo' }, page(['a', 'b'], 'b'));
    write(c, { search: 'lo', after: 'b' }, page(['c'], null));
    expect(ids(c, { search: 'lo' })).toEqual(['a', 'b', 'c']);
  });

  it('keeps one list per search, and starts again on a page without a cursor', () => {
    const c = cache();
    write(c, { search: 'lo' }, page(['a', 'b'], 'b'));
    write(c, { search: 'lo', after: 'b' }, page(['c'], null));
    write(c, { search: 'ca' }, page(['x'], null));
    expect(ids(c, { search: 'ca' })).toEqual(['x']);
    expect(ids(c, { search: 'lo' })).toEqual(['a', 'b', 'c']);
    write(c, { search: 'lo' }, page(['d'], null));
    expect(ids(c, { search: 'lo' })).toEqual(['d']);
  });
});
