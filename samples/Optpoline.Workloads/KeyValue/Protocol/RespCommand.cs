using System.Buffers.Text;
using System.Text;

namespace Optpoline.Workloads.KeyValue.Protocol;

/// <summary>
/// A command as the client sent it, an array of bulk strings, kept as slices of the connection's
/// input buffer: nothing is copied until a command keeps a key or a value.
/// </summary>
public sealed class RespCommand
{
    private byte[] _buffer = [];
    private int[] _starts = new int[8];
    private int[] _lengths = new int[8];

    /// <summary>Arguments, the command's name included.</summary>
    public int Count { get; private set; }

    public ReadOnlySpan<byte> this[int index] => _buffer.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The argument as a string (keys and field names are kept as strings).</summary>
    public string GetString(int index) => Encoding.UTF8.GetString(this[index]);

    /// <summary>A copy of the argument (values are kept as bytes).</summary>
    public byte[] GetBytes(int index) => this[index].ToArray();

    /// <summary>The argument as a whole decimal number, as INCRBY and EXPIRE take them.</summary>
    public bool TryGetInt64(int index, out long value) =>
        Utf8Parser.TryParse(this[index], out value, out var consumed) && consumed == _lengths[index];

    /// <summary>The argument is <paramref name="upperCase"/>, compared without case.</summary>
    public bool Is(int index, ReadOnlySpan<byte> upperCase)
    {
        var argument = this[index];
        if (argument.Length != upperCase.Length)
        {
            return false;
        }

        for (var i = 0; i < argument.Length; i++)
        {
            if ((argument[i] & 0xDF) != upperCase[i])
            {
                return false;
            }
        }

        return true;
    }

    internal void Start(byte[] buffer)
    {
        _buffer = buffer;
        Count = 0;
    }

    internal void Add(int start, int length)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
    }
}
