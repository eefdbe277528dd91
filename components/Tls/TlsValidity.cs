namespace IrisStack.Components.Tls;

/// <summary>
/// How long a certificate is valid and how early the tls provider replaces it
/// (<c>validityPeriodHours</c>, <c>earlyRenewalHours</c>). Renewal happens on the first
/// deployment inside the window, so the window must be shorter than the validity.
/// </summary>
/// <param name="ValidityHours">Hours the certificate is valid after issue.</param>
/// <param name="EarlyRenewalHours">Hours before expiry from which a deployment replaces it.</param>
public sealed record TlsValidity(int ValidityHours, int EarlyRenewalHours);
