namespace Kiln.Build;

/// <summary>Facts read back from a built image file.</summary>
public static class ImageInfo
{
    /// <summary>The manifest kiln embedded in the image (docs/image.md): its app, target and libs.</summary>
    public static ImageManifest Manifest(string image)
    {
        byte[] json = ElfFile.Read(image).ReadSection(".kiln_manifest")
            ?? throw new KilnException($"'{image}' has no Kiln manifest", "pass an app directory or an image built by this kiln (rebuild older images)");
        return ImageManifest.FromJson(json, image);
    }

    /// <summary>The platform an image was built for, from its manifest's target ("kvm/x86_64" -> "kvm").</summary>
    public static string PlatformOf(ImageManifest manifest) => manifest.Target.Split('/')[0];
}
