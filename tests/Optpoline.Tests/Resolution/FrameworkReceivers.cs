using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Optpoline.Tests.Resolution;

/// <summary>
/// Receivers of the shared framework's own types, for the sweep: every public, non-abstract class
/// and struct of the framework's assemblies that can be made without arguments, and the types that
/// need arguments or a factory (weak references, handles, tasks, streams, synchronization
/// primitives...) made through factories named here. Each source makes a new object per call.
/// </summary>
/// <remarks>
/// Every managed assembly of the runtime's folder by default (about 1,250 receivers, a few seconds);
/// <c>OPTPOLINE_SWEEP=core</c> takes only those in <see cref="CoreAssemblies"/>.
/// </remarks>
internal static class FrameworkReceivers
{
    private static readonly string[] CoreAssemblies =
    [
        "System.Private.CoreLib", "System.Collections", "System.Collections.Concurrent", "System.Collections.Immutable",
        "System.Linq", "System.Text.RegularExpressions", "System.Text.Json", "System.Threading", "System.IO.Compression",
        "System.ComponentModel.Primitives", "System.ObjectModel", "System.Private.Uri",
    ];

    // Types whose making has effects on the process beyond the object (or that wait forever).
    private static readonly string[] NotMade =
    [
        "System.Diagnostics.Tracing.", "System.Diagnostics.Debugger", "System.Runtime.Loader.", "System.Console",
        "System.Diagnostics.Process", "System.IO.IsolatedStorage.", "System.Threading.Thread", "System.Windows.",
    ];

    public static bool All => !string.Equals(Environment.GetEnvironmentVariable("OPTPOLINE_SWEEP"), "core", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every receiver source, in a stable order: its name and a factory for a fresh object.</summary>
    public static List<(string Name, Func<object> Make)> Sources()
    {
        var sources = Named();
        foreach (var type in ConstructibleTypes())
        {
            sources.Add((type.FullName!, () => Activator.CreateInstance(type)!));
        }

        return sources;
    }

    private static IEnumerable<Type> ConstructibleTypes()
    {
        var names = All ? RuntimeAssemblies() : CoreAssemblies;
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(name);
            }
            catch (Exception e) when (e is FileNotFoundException or BadImageFormatException or FileLoadException)
            {
                continue;
            }

            foreach (var type in ExportedTypes(assembly).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters || type.IsByRefLike || type.IsPointer
                    || typeof(Delegate).IsAssignableFrom(type) || type.IsEnum || type.IsCOMObject
                    || Array.Exists(NotMade, prefix => type.FullName!.StartsWith(prefix, StringComparison.Ordinal))
                    || type.IsObsoleteOrUnsafe())
                {
                    continue;
                }

                if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null)
                {
                    yield return type;
                }
            }
        }
    }

    private static bool IsObsoleteOrUnsafe(this Type type) =>
        type.IsDefined(typeof(ObsoleteAttribute)) || type == typeof(TypedReference) || type == typeof(RuntimeArgumentHandle) || type == typeof(ArgIterator);

    private static Type[] ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is NotSupportedException or TypeLoadException or ReflectionTypeLoadException)
        {
            return [];
        }
    }

    private static IEnumerable<string> RuntimeAssemblies() =>
        Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && (n.StartsWith("System.", StringComparison.Ordinal) || n.StartsWith("Microsoft.", StringComparison.Ordinal)) && !n.Contains("Native", StringComparison.Ordinal))
            .Select(n => n!);

    private static List<(string, Func<object>)> Named()
    {
        var kept = new object();
        return
        [
            ("WeakReference", () => new WeakReference(new object())),
            ("WeakReference (kept)", () => new WeakReference(kept)),
            ("WeakReference (long)", () => new WeakReference(kept, trackResurrection: true)),
            ("WeakReference<object>", () => new WeakReference<object>(kept)),
            ("WeakReference<string>", () => new WeakReference<string>("s")),
            ("ConditionalWeakTable", () => new ConditionalWeakTable<object, object> { { kept, kept } }),
            ("Task.CompletedTask", () => Task.CompletedTask),
            ("Task.FromResult", () => Task.FromResult(1)),
            ("Task.Delay", () => Task.Delay(1)),
            ("TaskCompletionSource.Task", () => new TaskCompletionSource<int>().Task),
            ("ValueTask<int>", () => new ValueTask<int>(1)),
            ("CancellationTokenSource", () => new CancellationTokenSource()),
            ("CancellationToken", () => new CancellationTokenSource().Token),
            ("ManualResetEvent", () => new ManualResetEvent(false)),
            ("AutoResetEvent", () => new AutoResetEvent(true)),
            ("ManualResetEventSlim", () => new ManualResetEventSlim()),
            ("SemaphoreSlim", () => new SemaphoreSlim(1)),
            ("Semaphore", () => new Semaphore(1, 1)),
            ("Mutex", () => new Mutex()),
            ("ReaderWriterLockSlim", () => new ReaderWriterLockSlim()),
            ("Barrier", () => new Barrier(1)),
            ("CountdownEvent", () => new CountdownEvent(1)),
            ("Lock", () => Activator.CreateInstance(typeof(Lock))!),
            ("Timer", () => new Timer(_ => { }, null, Timeout.Infinite, Timeout.Infinite)),
            ("Thread (unstarted)", () => new Thread(() => { })),
            ("MemoryStream", () => new MemoryStream([1, 2, 3])),
            ("BufferedStream", () => new BufferedStream(new MemoryStream())),
            ("StreamReader", () => new StreamReader(new MemoryStream([65]))),
            ("StreamWriter", () => new StreamWriter(new MemoryStream())),
            ("StringReader", () => new StringReader("text")),
            ("StringWriter", () => new StringWriter(CultureInfo.InvariantCulture)),
            ("BinaryReader", () => new BinaryReader(new MemoryStream())),
            ("Action", () => new Action(() => { })),
            ("Func<int>", () => new Func<int>(() => 1)),
            ("multicast delegate", () => (Action)(() => { }) + (() => { })),
            ("Exception (thrown)", () => Thrown()),
            ("AggregateException", () => new AggregateException(new InvalidOperationException("x"))),
            ("Regex", () => new Regex("a+b", RegexOptions.None, TimeSpan.FromSeconds(1))),
            ("List<int>", () => new List<int> { 1, 2 }),
            ("Dictionary<string,int>", () => new Dictionary<string, int> { ["a"] = 1 }),
            ("HashSet<object>", () => new HashSet<object> { kept }),
            ("SortedDictionary<int,int>", () => new SortedDictionary<int, int> { [1] = 1 }),
            ("ConcurrentDictionary<int,int>", () => new ConcurrentDictionary<int, int>()),
            ("BlockingCollection<int>", () => new BlockingCollection<int>()),
            ("ImmutableArray<int>", () => ImmutableArray.Create(1, 2)),
            ("ImmutableList<int>", () => ImmutableList.Create(1, 2)),
            ("ImmutableDictionary", () => ImmutableDictionary<string, int>.Empty.Add("a", 1)),
            ("Enumerable.Range", () => Enumerable.Range(0, 3)),
            ("LINQ Select", () => new[] { 1, 2 }.Select(x => x + 1)),
            ("LINQ Where over List", () => new List<int> { 1 }.Where(x => x > 0)),
            ("iterator", () => Iterate()),
            ("ArraySegment<int>", () => new ArraySegment<int>([1, 2])),
            ("Memory<int>", () => new Memory<int>([1])),
            ("KeyValuePair", () => KeyValuePair.Create("k", 1)),
            ("ValueTuple", () => (1, "a")),
            ("Tuple", () => Tuple.Create(1, "a")),
            ("Lazy<int>", () => new Lazy<int>(() => 1)),
            ("ThreadLocal<int>", () => new ThreadLocal<int>(() => 1)),
            ("AsyncLocal<int>", () => new AsyncLocal<int>()),
            ("ExecutionContext", () => ExecutionContext.Capture()!),
            ("StringBuilder", () => new StringBuilder("sb")),
            ("Encoding.UTF8", () => Encoding.UTF8),
            ("StringComparer.Ordinal", () => StringComparer.Ordinal),
            ("EqualityComparer<string>", () => EqualityComparer<string>.Default),
            ("Comparer<int>", () => Comparer<int>.Default),
            ("CultureInfo", () => CultureInfo.InvariantCulture),
            ("TimeZoneInfo.Utc", () => TimeZoneInfo.Utc),
            ("RuntimeType", () => typeof(int)),
            ("RuntimeMethodInfo", () => typeof(object).GetMethod(nameof(ToString))!),
            ("RuntimeAssembly", () => typeof(object).Assembly),
            ("boxed enum", () => DayOfWeek.Friday),
            ("boxed int", () => 42),
            ("string", () => "text"),
            ("DBNull", () => DBNull.Value),
            ("Uri", () => new Uri("https://example.org/a?b=c")),
            ("Version", () => new Version(1, 2, 3)),
            ("Guid", () => new Guid("6f1c2a3e-0000-4000-8000-000000000001")),
            ("StackTrace", () => new System.Diagnostics.StackTrace()),
            ("Stopwatch", () => System.Diagnostics.Stopwatch.StartNew()),
            ("IntPtr", () => (IntPtr)1),
            ("SafeFileHandle (invalid)", () => new Microsoft.Win32.SafeHandles.SafeFileHandle()),
            ("ArrayPool<int>.Shared", () => System.Buffers.ArrayPool<int>.Shared),
        ];
    }

    private static Exception Thrown()
    {
        try
        {
            throw new InvalidOperationException("thrown for the sweep");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    private static IEnumerable Iterate()
    {
        yield return 1;
        yield return "two";
    }
}
