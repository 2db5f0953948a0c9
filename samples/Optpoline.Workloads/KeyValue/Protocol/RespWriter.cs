using System.Buffers.Text;
using System.Text;

namespace Optpoline.Workloads.KeyValue.Protocol;

/// <summary>A connection's output buffer: replies are written here and sent in one write.</summary>
public sealed class RespWriter
{
    private static readonly byte[] s_null = "$-1\r\n"u8.ToArray();
    private byte[] _buffer = new byte[16 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] Buffer => _buffer;

    public void Clear() => Length = 0;

    /// <summary>Drops the first <paramref name="count"/> bytes (they were sent).</summary>
    public void Consume(int count)
    {
        _buffer.AsSpan(count, Length - count).CopyTo(_buffer);
        Length -= count;
    }

    /// <summary><c>+OK</c>, <c>+PONG</c>.</summary>
    public void WriteSimpleString(ReadOnlySpan<byte> text)
    {
        Reserve(text.Length + 3);
        _buffer[Length++] = (byte)'+';
        Append(text);
        Append("\r\n"u8);
    }

    public void WriteError(string message)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(message.Length) + 3);
        _buffer[Length++] = (byte)'-';
        Length += Encoding.UTF8.GetBytes(message, _buffer.AsSpan(Length));
        Append("\r\n"u8);
    }

    public void WriteInteger(long value)
    {
        Reserve(24);
        _buffer[Length++] = (byte)':';
        AppendNumber(value);
        Append("\r\n"u8);
    }

    public void WriteBulkString(ReadOnlySpan<byte> value)
    {
        Reserve(value.Length + 16);
        _buffer[Length++] = (byte)'$';
        AppendNumber(value.Length);
        Append("\r\n"u8);
        Append(value);
        Append("\r\n"u8);
    }

    public void WriteBulkString(string value)
    {
        Span<byte> small = stackalloc byte[256];
        var count = Encoding.UTF8.GetByteCount(value);
        var bytes = count <= small.Length ? small[..count] : new byte[count];
        Encoding.UTF8.GetBytes(value, bytes);
        WriteBulkString(bytes);
    }

    /// <summary>A whole number as a bulk string (GET of a value stored as an integer).</summary>
    public void WriteBulkNumber(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var written);
        WriteBulkString(digits[..written]);
    }

    public void WriteNull()
    {
        Reserve(s_null.Length);
        Append(s_null);
    }

    public void WriteArrayHeader(int count)
    {
        Reserve(16);
        _buffer[Length++] = (byte)'*';
        AppendNumber(count);
        Append("\r\n"u8);
    }

    private void AppendNumber(long value)
    {
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(Length), out var written);
        Length += written;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    private void Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }
    }
}
