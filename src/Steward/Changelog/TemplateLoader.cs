using Steward.Core.Changelog.Rendering;
using Steward.Core.Errors;
using Steward.Workspace;

namespace Steward.Changelog;

/// <summary>
/// Finds a template by name: a built-in one (keepachangelog, github, full), or otherwise a file, relative to
/// <c>baseDirectory</c>, whose errors are then reported under its path.
/// </summary>
internal static class TemplateLoader
{
    public static CompiledTemplate Load(string nameOrPath, string baseDirectory, string repositoryRoot, string origin)
    {
        var builtIn = BuiltInTemplates.Find(nameOrPath);
        if (builtIn is not null)
        {
            return CompiledTemplate.Compile(builtIn);
        }

        // A template named in steward.yml was committed by anyone: it is read only from inside the repository. One
        // given with --template was typed by the person running Steward, who may keep it anywhere.
        var source = origin.StartsWith("--", StringComparison.Ordinal) ? PathSource.CommandLine : PathSource.Repository;
        var full = SafePath.Resolve(repositoryRoot, nameOrPath, origin, PathUse.Read, source, baseDirectory);
        if (!File.Exists(full))
        {
            throw Messages.TemplateNotFound(origin, nameOrPath, BuiltInTemplates.Names);
        }

        var display = Path.GetRelativePath(repositoryRoot, full);
        if (display.StartsWith("..", StringComparison.Ordinal))
        {
            display = full;
        }

        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(File.ReadAllBytes(full)).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw Messages.TemplateNotUtf8(display, e);
        }

        return CompiledTemplate.Compile(new ChangelogTemplate(display.Replace('\\', '/'), text, IsBuiltIn: false));
    }
}
