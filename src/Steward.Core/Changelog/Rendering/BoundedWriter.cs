using System.Text;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// A <see cref="StringWriter"/> that stops a render once it has written <see cref="TemplateLimits.MaxOutputChars"/>
/// characters, so an oversized template fails as soon as it passes the limit instead of after filling memory.
/// </summary>
internal sealed class BoundedWriter : StringWriter
{
    public BoundedWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    public bool Exceeded { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    private void Reserve(int count)
    {
        if (GetStringBuilder().Length + count > TemplateLimits.MaxOutputChars)
        {
            Exceeded = true;

            // Unwinds through Handlebars.Net, which passes exceptions on; Render turns it into the one-line error.
            throw new InvalidOperationException("template output limit exceeded");
        }
    }
}
