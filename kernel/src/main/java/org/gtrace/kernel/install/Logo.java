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
}
