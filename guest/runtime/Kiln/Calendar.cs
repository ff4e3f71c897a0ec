namespace Kiln.Runtime
{
    // Proleptic Gregorian dates as days since 1970-01-01 and back (Howard Hinnant's algorithms): for DateTime and
    // the kvm platform's RTC.
    internal static class Calendar
    {
        public static long DaysFromCivil(int year, int month, int day)
        {
            long y = year - (month <= 2 ? 1 : 0);
            long era = (y >= 0 ? y : y - 399) / 400;
            long yoe = y - era * 400;
            long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097 + doe - 719468;
        }

        public static void CivilFromDays(long days, out int year, out int month, out int day)
        {
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            day = (int)(doy - (153 * mp + 2) / 5 + 1);
            month = (int)(mp < 10 ? mp + 3 : mp - 9);
            year = (int)(yoe + era * 400 + (month <= 2 ? 1 : 0));
        }
    }
}
