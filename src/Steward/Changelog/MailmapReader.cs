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
    private readonly bool isBare;
    private bool? hasMailmap;

    public MailmapReader(GitRunner git, bool isBare)
    {
        this.git = git;
        this.isBare = isBare;
    }

    public IReadOnlyDictionary<Identity, Identity> Map(IReadOnlyCollection<Identity> identities)
    {
        // An identity git could not read back as one "Name <email>" line is left as written.
        var asked = identities.Where(i => IsPlain(i.Name) && IsPlain(i.Email) && i.Email.Length > 0).ToList();
        var result = new Dictionary<Identity, Identity>();
        if (asked.Count == 0 || !HasMailmap())
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

    /// <summary>
    /// Whether any mailmap applies: a .mailmap file (in the work tree, or at HEAD in a bare repository) or a
    /// mailmap.file / mailmap.blob setting. Without one, git would answer every identity unchanged, so a regenerated
    /// changelog saves a process per release.
    /// </summary>
    private bool HasMailmap()
    {
        hasMailmap ??= (isBare
                ? git.Run(["cat-file", "-e", "HEAD:.mailmap"]).Succeeded
                : File.Exists(Path.Combine(git.WorkingDirectory, ".mailmap")))
            || git.Run(["config", "--get-regexp", "^mailmap\\."]).Succeeded;
        return hasMailmap.Value;
    }

    private static bool IsPlain(string text) => text.IndexOfAny(['<', '>', '\n', '\r', '\0']) < 0;
}
