package org.gtrace.kernel.install;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The kernel's logo, drawn at the size asked for: a leaf on a dark-teal rounded square with a
 * "G"-shaped arc around it (G-TRACE, carbon). Drawn, not shipped, so both sizes stay crisp.
 */
public final class Logo {

    private static final Color BACK = new Color(0x0B4F5C);
    private static final Color LEAF = new Color(0x7BD389);
    private static final Color ARC = new Color(0xF2F2F2);

    private Logo() {}

    public static byte[] png(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(BACK);
        g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 16, 16));
        g.setColor(ARC);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(10, 10, 44, 44, 30, 300, Arc2D.OPEN));
        g.drawLine(54, 32, 40, 32);
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(22, 42);
        leaf.curveTo(20, 28, 30, 20, 42, 20);
        leaf.curveTo(42, 32, 34, 42, 22, 42);
        leaf.closePath();
        g.setColor(LEAF);
        g.fill(leaf);
        g.setColor(BACK);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(24, 40, 38, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The same drawing as SVG ({@code logo-svg.svg} in the kernelspec), for launchers that scale
     * it. Its coordinates are the 64-unit square {@link #png} draws on.
     */
    public static String svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\">"
                + "<title>G-TRACE</title>"
                + "<rect width=\"64\" height=\"64\" rx=\"8\" fill=\"" + hex(BACK) + "\"/>"
                // the arc of the png: centre (32, 32), radius 22, from 30° round the top to 330°
                + "<path d=\"M51.05 21 A22 22 0 1 0 51.05 43 M54 32 H40\" fill=\"none\" stroke=\"" + hex(ARC)
                + "\" stroke-width=\"6\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
                + "<path d=\"M22 42 C20 28 30 20 42 20 C42 32 34 42 22 42 Z\" fill=\"" + hex(LEAF) + "\"/>"
                + "<path d=\"M24 40 L38 24\" stroke=\"" + hex(BACK) + "\" stroke-width=\"1.8\" stroke-linecap=\"round\"/>"
                + "</svg>\n";
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
