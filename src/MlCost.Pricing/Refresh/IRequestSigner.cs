namespace MlCost.Pricing.Refresh;

/// <summary>Signs a Price List Query API request (AWS Signature Version 4) with the caller's credentials.</summary>
public interface IRequestSigner
{
    /// <summary>Adds the date, security token and Authorization headers to <paramref name="request"/>, whose body is <paramref name="body"/>.</summary>
    void Sign(HttpRequestMessage request, byte[] body, DateTime utcNow);
}
