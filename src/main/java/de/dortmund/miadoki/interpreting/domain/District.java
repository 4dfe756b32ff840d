package de.dortmund.miadoki.interpreting.domain;

/**
 * The twelve city districts (Stadtbezirke) of Dortmund with an approximate centre, used for travel
 * distance and the travel buffer between on-site appointments.
 */
public enum District {
  INNENSTADT_WEST(51.5136, 7.4480),
  INNENSTADT_NORD(51.5270, 7.4660),
  INNENSTADT_OST(51.5060, 7.4860),
  EVING(51.5560, 7.4800),
  SCHARNHORST(51.5420, 7.5430),
  BRACKEL(51.5200, 7.5570),
  APLERBECK(51.4830, 7.5570),
  HOERDE(51.4840, 7.5010),
  HOMBRUCH(51.4700, 7.4400),
  LUETGENDORTMUND(51.5020, 7.3480),
  HUCKARDE(51.5350, 7.4130),
  MENGEDE(51.5680, 7.3800);

  private static final double EARTH_RADIUS_KM = 6371.0;

  private final double latitude;
  private final double longitude;

  District(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /** Straight-line distance between the district centres in kilometres (haversine). */
  public double distanceKm(District other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }

  public String messageKey() {
    return "district." + name();
  }
}
