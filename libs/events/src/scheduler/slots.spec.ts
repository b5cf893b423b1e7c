import { describe, expect, it } from '@jest/globals';
import { attendanceDay, venueDay, type SlotPlan } from './slots.js';

const twoDays: SlotPlan = {
  days: [
    { date: '2027-03-03', sessions: [{ start: '09:00', end: '12:00' }] },
    { date: '2027-03-02', sessions: [{ start: '09:00', end: '12:00' }] },
  ],
  meetingMinutes: 20,
};

describe('venueDay', () => {
  it('reads the calendar day at the venue, not in UTC', () => {
    expect(venueDay(twoDays, new Date('2027-03-01T17:30:00Z'))).toBe('2027-03-02');
    expect(venueDay({ ...twoDays, utcOffset: '-05:00' }, new Date('2027-03-02T03:00:00Z'))).toBe(
      '2027-03-01',
    );
  });
});

describe('attendanceDay', () => {
  it('is the day itself on an event day, whichever order the plan lists its days in', () => {
    expect(attendanceDay(twoDays, new Date('2027-03-02T08:00:00+08:00'))).toBe('2027-03-02');
    expect(attendanceDay(twoDays, new Date('2027-03-03T23:59:00+08:00'))).toBe('2027-03-03');
  });

  it('counts an arrival before the event (报到 the evening before) for its first day', () => {
    expect(attendanceDay(twoDays, new Date('2027-03-01T19:00:00+08:00'))).toBe('2027-03-02');
    expect(attendanceDay(twoDays, new Date('2026-12-07T10:00:00+08:00'))).toBe('2027-03-02');
  });

  it('counts one between two days the plan skips for the next day, and one after the event for its last', () => {
    const morning = [{ start: '09:00', end: '12:00' }];
    const gap: SlotPlan = {
      days: [
        { date: '2027-03-02', sessions: morning },
        { date: '2027-03-05', sessions: morning },
      ],
      meetingMinutes: 20,
    };
    expect(attendanceDay(gap, new Date('2027-03-04T12:00:00+08:00'))).toBe('2027-03-05');
    expect(attendanceDay(twoDays, new Date('2027-03-10T12:00:00+08:00'))).toBe('2027-03-03');
  });
});
