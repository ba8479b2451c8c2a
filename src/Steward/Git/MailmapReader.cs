using Steward.Core.Changelog;

namespace Steward.Git;

/// <summary>
/// Asks git for the canonical name and email of identities, honouring .mailmap (and mailmap.file / mailmap.blob) as
/// git itself does. Answers are kept, and the questions go to one <c>git check-mailmap --stdin</c> started on the
/// first of them, so a regenerated changelog of thousands of releases starts one process, not one per release.
/// </summary>
internal sealed class MailmapReader : IDisposable
{
    private const string MailmapKeys = "^mailmap\\.";
    private static readonly string[] CheckMailmap = ["check-mailmap", "--stdin"];

    private readonly GitRunner git;
    private readonly bool isBare;
    private readonly Dictionary<Identity, Identity> known = [];
    private GitLineSession? session;
    private bool? hasMailmap;

    public MailmapReader(GitRunner git, bool isBare)
    {
        this.git = git;
        this.isBare = isBare;
    }

    /// <summary>The canonical identity of each of <paramref name="identities"/> git maps; the others are left out.</summary>
    public IReadOnlyDictionary<Identity, Identity> Map(IReadOnlyCollection<Identity> identities)
    {
        var result = new Dictionary<Identity, Identity>();
        if (identities.Count == 0 || !HasMailmap())
        {
            return result;
        }

        foreach (var identity in identities)
        {
            // An identity git could not read back as one "Name <email>" line is left as written.
            if (!IsPlain(identity.Name) || !IsPlain(identity.Email) || identity.Email.Length == 0)
            {
                continue;
            }

            if (!known.TryGetValue(identity, out var canonical))
            {
                session ??= git.StartSession(CheckMailmap);
                canonical = Parse(session.Ask($"{identity.Name} <{identity.Email}>"), identity);
                known[identity] = canonical;
            }

            result[identity] = canonical;
        }

        return result;
    }

    public void Dispose()
    {
        // Several histories of a monorepo share one reader, and each disposes it.
        session?.Dispose();
        session = null;
    }

    private static Identity Parse(string line, Identity asked)
    {
        var open = line.LastIndexOf('<');
        var close = line.LastIndexOf('>');
        if (open < 0 || close < open)
        {
            return asked;
        }

        var name = line[..open].Trim();
        return new Identity(name.Length > 0 ? name : asked.Name, line[(open + 1)..close]);
    }

    /// <summary>
    /// Whether any mailmap applies: a .mailmap file (in the work tree, or at HEAD in a bare repository) or a
    /// mailmap.file / mailmap.blob setting. Without one, git would answer every identity unchanged, so a regenerated
    /// changelog saves a process per release.
    /// </summary>
    private bool HasMailmap()
    {
        hasMailmap ??= (isBare
                ? new WorkTreeReader(git).ExistsIn("HEAD", ".mailmap")
                : File.Exists(Path.Combine(git.WorkingDirectory, ".mailmap")))
            || new WorkTreeReader(git).HasConfigMatching(MailmapKeys);
        return hasMailmap.Value;
    }

    /// <summary>
    /// Starts the configuration lookup <see cref="Map"/> will make in a work tree without a .mailmap file, so that it
    /// runs while the history is read (see <see cref="GitRunner.ReadAhead"/>).
    /// </summary>
    public static void ReadAhead(GitRunner git, bool isBare)
    {
        if (!isBare && !File.Exists(Path.Combine(git.WorkingDirectory, ".mailmap")))
        {
            new WorkTreeReader(git).HasConfigMatchingAhead(MailmapKeys);
        }
    }

    private static bool IsPlain(string text) => text.IndexOfAny(['<', '>', '\n', '\r', '\0']) < 0;
}
