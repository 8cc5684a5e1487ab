/**
 * Year of adoption of the Security Council resolutions a report on women
 * and peace and security is likely to cite: the women, peace and security
 * resolutions, and those on children and armed conflict, the protection of
 * civilians and related themes. Only years checked against the
 * Council's records are listed; a number missing here gets a request for
 * its year, never a guess.
 */
export const resolutionYears: ReadonlyMap<number, number> = new Map([
  [1261, 1999],
  [1265, 1999],
  [1296, 2000],
  [1308, 2000],
  [1314, 2000],
  [1325, 2000],
  [1366, 2001],
  [1379, 2001],
  [1460, 2003],
  [1502, 2003],
  [1539, 2004],
  [1612, 2005],
  [1645, 2005],
  [1674, 2006],
  [1738, 2006],
  [1820, 2008],
  [1882, 2009],
  [1888, 2009],
  [1889, 2009],
  [1894, 2009],
  [1960, 2010],
  [1983, 2011],
  [1998, 2011],
  [2068, 2012],
  [2106, 2013],
  [2122, 2013],
  [2143, 2014],
  [2151, 2014],
  [2225, 2015],
  [2242, 2015],
  [2250, 2015],
  [2272, 2016],
  [2331, 2016],
  [2417, 2018],
  [2419, 2018],
  [2427, 2018],
  [2467, 2019],
  [2493, 2019],
  [2538, 2020],
]);
