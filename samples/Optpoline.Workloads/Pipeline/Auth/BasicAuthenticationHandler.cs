using System.Security.Cryptography;
using System.Text;

namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>
/// <c>Authorization: Basic base64(name:password)</c>, for the back-office accounts; passwords are
/// kept as salted SHA-256 hashes.
/// </summary>
public sealed class BasicAuthenticationHandler(IReadOnlyDictionary<string, (byte[] Salt, byte[] Hash, UserIdentity User)> accounts) : IAuthenticationHandler
{
    public string Scheme => "Basic";

    public static byte[] HashPassword(byte[] salt, string password) => SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);

    public AuthenticationResult Authenticate(RequestContext context)
    {
        if (!context.Request.Headers.TryGet("Authorization", out var header) || !header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return AuthenticationResult.NoCredentials;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        }
        catch (FormatException)
        {
            return AuthenticationResult.Failed;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !accounts.TryGetValue(decoded[..colon], out var account))
        {
            return AuthenticationResult.Failed;
        }

        var hash = HashPassword(account.Salt, decoded[(colon + 1)..]);
        return CryptographicOperations.FixedTimeEquals(hash, account.Hash) ? AuthenticationResult.Success(account.User) : AuthenticationResult.Failed;
    }
}
