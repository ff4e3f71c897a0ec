namespace Kiln.Build;

/// <summary>Facts read back from a built image file.</summary>
public static class ImageInfo
{
    /// <summary>The manifest kiln embedded in the image (docs/image.md): its app, target and libs.</summary>
    public static ImageManifest Manifest(string image)
    {
        byte[]? json;
        try
        {
            json = Elf.ReadSection(image, ".kiln_manifest");
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or IOException or UnauthorizedAccessException)
        {
            throw new KilnException($"'{image}' cannot be read as an image ({e.Message})", "pass an app directory or an image built by kiln");
        }
        if (json is null) throw new KilnException($"'{image}' is not a Kiln image (it has no .kiln_manifest section)", "pass an app directory or an image built by this kiln (rebuild older images)");
        try
        {
            return ImageManifest.FromJson(json);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new KilnException($"'{image}' has a damaged Kiln manifest ({e.Message})", "rebuild the image with kiln build");
        }
    }

    /// <summary>The platform an image was built for, from its manifest's target ("kvm/x86_64" -> "kvm").</summary>
    public static string PlatformOf(ImageManifest manifest) => manifest.Target.Split('/')[0];
}
