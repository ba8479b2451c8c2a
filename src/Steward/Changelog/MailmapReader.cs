using System.Text;
using Steward.Core.Changelog;
using Steward.Git;

namespace Steward.Changelog;

/// <summary>
/// Asks git for the canonical name and email of many identities at once: one <c>git check-mailmap --stdin</c> per
/// release, whatever the number of commits, honouring .mailmap (and mailmap.file / mailmap.blob) as git itself does.
/// </summary>
internal sealed class MailmapReader
{
    private readonly GitRunner git;

    public MailmapReader(GitRunner git) => this.git = git;

    public IReadOnlyDictionary<Identity, Identity> Map(IReadOnlyCollection<Identity> identities)
    {
        // An identity git could not read back as one "Name <email>" line is left as written.
        var asked = identities.Where(i => IsPlain(i.Name) && IsPlain(i.Email) && i.Email.Length > 0).ToList();
        var result = new Dictionary<Identity, Identity>();
        if (asked.Count == 0)
        {
            return result;
        }

        var input = new StringBuilder();
        foreach (var identity in asked)
        {
            input.Append(identity.Name).Append(" <").Append(identity.Email).Append(">\n");
        }

        var run = git.Run(["check-mailmap", "--stdin"], input.ToString());
        if (!run.Succeeded)
        {
            throw GitRunner.Failure(["check-mailmap", "--stdin"], run);
        }

        var lines = run.Output.Split('\n');
        for (var i = 0; i < asked.Count && i < lines.Length; i++)
        {
            var line = lines[i];
            var open = line.LastIndexOf('<');
            var close = line.LastIndexOf('>');
            if (open >= 0 && close > open)
            {
                var name = line[..open].Trim();
                result[asked[i]] = new Identity(name.Length > 0 ? name : asked[i].Name, line[(open + 1)..close]);
            }
        }

        return result;
    }

    private static bool IsPlain(string text) => text.IndexOfAny(['<', '>', '\n', '\r', '\0']) < 0;
}
