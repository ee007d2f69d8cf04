/**
 * Sessions of the National People's Congress (全国人民代表大会) and the month each opened, from
 * the public record. A national report that names the session it is given to (向第六届全国人民
 * 代表大会第一次会议作政府工作报告) but has no meeting line gets the session's year from here.
 *
 * Terms began in 1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018 and
 * 2023, with one session a year since 1983 and these exceptions before: the 2nd NPC met in 1959,
 * 1960 and 1962 (none in 1961); the 3rd and 4th met once each (December 1964, January 1975); the
 * 5th met in 1978–1982, its 3rd to 5th sessions late in the year (August 1980, November 1981,
 * November 1982). Since 1998 sessions open on 5 March, save the 13th NPC's 3rd session, put off
 * to May 2020. Only sessions already held are listed; a session not in the table gives no year.
 */
export interface NpcSession {
  term: number;
  session: number;
  year: number;
  /** Month the session opened, 1–12. */
  month: number;
}

const S = (term: number, session: number, year: number, month: number): NpcSession => ({ term, session, year, month });

export const NPC_SESSIONS: readonly NpcSession[] = [
  S(1, 1, 1954, 9), S(1, 2, 1955, 7), S(1, 3, 1956, 6), S(1, 4, 1957, 6), S(1, 5, 1958, 2),
  S(2, 1, 1959, 4), S(2, 2, 1960, 3), S(2, 3, 1962, 3),
  S(3, 1, 1964, 12),
  S(4, 1, 1975, 1),
  S(5, 1, 1978, 2), S(5, 2, 1979, 6), S(5, 3, 1980, 8), S(5, 4, 1981, 11), S(5, 5, 1982, 11),
  S(6, 1, 1983, 6), S(6, 2, 1984, 5), S(6, 3, 1985, 3), S(6, 4, 1986, 3), S(6, 5, 1987, 3),
  S(7, 1, 1988, 3), S(7, 2, 1989, 3), S(7, 3, 1990, 3), S(7, 4, 1991, 3), S(7, 5, 1992, 3),
  S(8, 1, 1993, 3), S(8, 2, 1994, 3), S(8, 3, 1995, 3), S(8, 4, 1996, 3), S(8, 5, 1997, 3),
  S(9, 1, 1998, 3), S(9, 2, 1999, 3), S(9, 3, 2000, 3), S(9, 4, 2001, 3), S(9, 5, 2002, 3),
  S(10, 1, 2003, 3), S(10, 2, 2004, 3), S(10, 3, 2005, 3), S(10, 4, 2006, 3), S(10, 5, 2007, 3),
  S(11, 1, 2008, 3), S(11, 2, 2009, 3), S(11, 3, 2010, 3), S(11, 4, 2011, 3), S(11, 5, 2012, 3),
  S(12, 1, 2013, 3), S(12, 2, 2014, 3), S(12, 3, 2015, 3), S(12, 4, 2016, 3), S(12, 5, 2017, 3),
  S(13, 1, 2018, 3), S(13, 2, 2019, 3), S(13, 3, 2020, 5), S(13, 4, 2021, 3), S(13, 5, 2022, 3),
  S(14, 1, 2023, 3), S(14, 2, 2024, 3), S(14, 3, 2025, 3),
];

export function npcSession(term: number, session: number): NpcSession | null {
  return NPC_SESSIONS.find((s) => s.term === term && s.session === session) ?? null;
}

/**
 * A session that opens this late in the year hears the next year's plan (the 5th NPC's sessions
 * of November 1981 and 1982). The August 1980 session heard the plans of 1980 and 1981: its
 * report says so in its own words, which the year cues read.
 */
export const LATE_SESSION_MONTH = 11;
