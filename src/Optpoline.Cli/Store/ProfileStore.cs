using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Optpoline.Reporting;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Output;

namespace Optpoline.Cli.Store;

/// <summary>
/// Where <c>optpoline run</c> keeps what it learned about one app, across runs: one file per app
/// (by its full path), a site report with the store's ledger beside it.
/// </summary>
/// <remarks>
/// <para>
/// The folder is <c>--store</c>, else <c>OPTPOLINE_STORE</c>, else <c>optpoline/profiles</c> under
/// the user's local application data (<c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows).
/// </para>
/// <para>
/// Writers take an exclusive lock on a lock file beside the store, read the store again, merge and
/// replace it atomically, so two processes of one app ending together both land and neither tears
/// the file. A store that cannot be read as one is moved aside (nothing is deleted) and learning
/// starts again; a store written by a later format is left alone and not written.
/// </para>
/// </remarks>
internal sealed class ProfileStore
{
    public const string Variable = "OPTPOLINE_STORE";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private readonly string _app;
    private bool _readOnly;

    private ProfileStore(string app, string path)
    {
        _app = app;
        FilePath = path;
    }

    /// <summary>The store file.</summary>
    public string FilePath { get; }

    /// <summary>The default folder, when neither <c>--store</c> nor <c>OPTPOLINE_STORE</c> names one.</summary>
    public static string DefaultFolder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "optpoline", "profiles");

    /// <summary>The store of the app at <paramref name="appPath"/> in <paramref name="folder"/> (null: the variable's, else the default).</summary>
    public static ProfileStore For(string appPath, string? folder)
    {
        var app = Path.GetFullPath(appPath);
        folder = folder ?? (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } variable ? variable : DefaultFolder);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(app)))[..12];
        return new ProfileStore(app, Path.Combine(Path.GetFullPath(folder), $"{Path.GetFileNameWithoutExtension(app)}-{hash}.json"));
    }

    /// <summary>
    /// A <c>--profile</c> argument as a file: a report or store file as it is, or, for an app's main
    /// assembly (<c>.dll</c>), that app's store in the default folder.
    /// </summary>
    public static string ProfilePath(string argument) =>
        argument.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? For(argument, null).FilePath : argument;

    /// <summary>What the store holds for the app; null before its first run, or when the file had to be set aside (said on <paramref name="error"/>).</summary>
    public RunRecord? Load(TextWriter error)
    {
        string json;
        try
        {
            if (!File.Exists(FilePath))
            {
                return null;
            }

            json = File.ReadAllText(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"optpoline: warning: the profile store {FilePath} cannot be read ({e.Message}); this run neither uses nor updates it.");
            _readOnly = true;
            return null;
        }

        return Parse(json, error);
    }

    /// <summary>
    /// Merges this run into the store under the lock; returns what changed, or null when the store
    /// was not written (said on <paramref name="error"/>).
    /// </summary>
    public StoreChanges? Save(SiteReport run, IReadOnlyList<WeaveResult> weaving, IEnumerable<string> explored, long minSampledCalls, TextWriter error)
    {
        if (_readOnly)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            using var held = Lock();
            if (held is null)
            {
                error.WriteLine($"optpoline: warning: the profile store {FilePath} stayed locked by another process for {LockTimeout.TotalSeconds} s; this run's profile was not stored.");
                return null;
            }

            // Read again under the lock: another run of the app may have stored since this one began.
            var current = File.Exists(FilePath) ? Parse(File.ReadAllText(FilePath), error) : null;
            if (_readOnly)
            {
                return null;
            }

            var builds = weaving.GroupBy(w => w.AssemblyName).ToDictionary(g => g.Key, g => g.First().ModuleVersionId);
            var stored = current is { Ledger: { } ledger } ? (current.Report, ledger) : ((SiteReport, StoreLedger)?)null;
            var (profile, newLedger, changes) = ProfileMerge.Merge(stored, _app, run, builds, explored, minSampledCalls);
            AtomicFile.WriteAllBytes(FilePath, Encoding.UTF8.GetBytes(new RunRecord(profile, weaving, newLedger).ToJson()));
            return changes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"optpoline: warning: the profile store {FilePath} could not be written: {e.Message}");
            return null;
        }
    }

    private RunRecord? Parse(string json, TextWriter error)
    {
        RunRecord record;
        try
        {
            record = RunRecord.FromJson(json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            SetAside($"is not an Optpoline profile store ({e.Message})", error);
            return null;
        }

        if (record.Ledger is not { } ledger)
        {
            SetAside("is an Optpoline report but not a profile store", error);
            return null;
        }

        if (ledger.Format > StoreLedger.CurrentFormat)
        {
            error.WriteLine($"optpoline: warning: the profile store {FilePath} was written by a later Optpoline (format {ledger.Format}); this run neither uses nor updates it.");
            _readOnly = true;
            return null;
        }

        if (!string.Equals(ledger.App, _app, StringComparison.Ordinal))
        {
            SetAside($"belongs to another app ({ledger.App})", error);
            return null;
        }

        return record;
    }

    /// <summary>Keeps a damaged or foreign store beside the new one, under a name of its own, so nothing is lost.</summary>
    private void SetAside(string why, TextWriter error)
    {
        var aside = $"{FilePath}.{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}.set-aside";
        try
        {
            File.Move(FilePath, aside);
            error.WriteLine($"optpoline: warning: the profile store {FilePath} {why}; it was moved to {aside} and this run learns afresh.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"optpoline: warning: the profile store {FilePath} {why} and could not be moved aside ({e.Message}); this run neither uses nor updates it.");
            _readOnly = true;
        }
    }

    /// <summary>The store's lock, held until disposed; null when another process held it too long.</summary>
    private FileStream? Lock()
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock across processes (flock on Unix).
                return new FileStream(FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(10, 50));
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
