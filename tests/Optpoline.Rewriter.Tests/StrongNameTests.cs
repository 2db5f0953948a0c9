using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace Optpoline.Rewriter.Tests;

public sealed class StrongNameTests
{
    [Fact]
    public void Weave_StrongNamedWithoutKey_SaysSignatureIsNoLongerValid()
    {
        using var folder = new TestFolder();
        var input = folder.Copy("Jint.dll");
        folder.Copy("Acornima.dll");

        var run = CliRun.Of("weave", input, "-o", folder["out/Jint.dll"], "--all");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("signature is no longer valid", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Weave_StrongNamedWithKey_SignsWithThatKey()
    {
        using var folder = new TestFolder();
        var input = folder.Copy("Jint.dll");
        folder.Copy("Acornima.dll");
        using var rsa = new RSACryptoServiceProvider(1024);
        File.WriteAllBytes(folder["key.snk"], rsa.ExportCspBlob(includePrivateParameters: true));
        var output = folder["out/Jint.dll"];

        var run = CliRun.Of("weave", input, "-o", output, "--key", folder["key.snk"], "--all");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("re-signed", run.Output, StringComparison.Ordinal);
        Assert.Contains("identity (public key token) changed", run.Output, StringComparison.Ordinal);
        using var pe = new PEReader(File.OpenRead(output));
        var cor = pe.PEHeaders.CorHeader!;
        Assert.True((cor.Flags & CorFlags.StrongNameSigned) != 0);
        var signature = pe.GetSectionData(cor.StrongNameSignatureDirectory.RelativeVirtualAddress).GetContent(0, cor.StrongNameSignatureDirectory.Size);
        Assert.Contains(signature, b => b != 0);
        var publicKey = pe.GetMetadataReader().GetBlobBytes(pe.GetMetadataReader().GetAssemblyDefinition().PublicKey);
        // The assembly's public key is now the key's: the CAPI public key blob after the 12-byte
        // signature header, compared past its own 8-byte header (whose algorithm id, sign or exchange, may differ).
        Assert.Equal(rsa.ExportCspBlob(includePrivateParameters: false)[8..], publicKey[20..]);
    }
}
