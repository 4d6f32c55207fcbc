package id.sinergi.infoharga.ui.help;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * The user guide drawn from its Markdown with JavaFX nodes (headings, paragraphs, lists, bold, italic, code), so
 * that the app needs no web engine. A scroll pane that the keyboard scrolls (arrows, Page Up/Down).
 */
final class GuideView {
    private static final double WIDTH = 760;

    private GuideView() {
    }

    static Parent of(String markdown) {
        VBox page = new VBox(10);
        page.getStyleClass().add("guide");
        render(Parser.builder().build().parse(markdown), page, 0);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("help-guide");
        return scroll;
    }

    private static void render(Node parent, Pane into, int depth) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                TextFlow flow = inline(heading);
                flow.getStyleClass().add("guide-h" + Math.min(3, heading.getLevel()));
                into.getChildren().add(flow);
            } else if (block instanceof Paragraph paragraph) {
                into.getChildren().add(inline(paragraph));
            } else if (block instanceof BulletList || block instanceof OrderedList) {
                int number = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        VBox content = new VBox(4);
                        render(item, content, depth + 1);
                        Label marker = new Label(block instanceof OrderedList ? number++ + "." : "\u2022");
                        marker.setMinWidth(22);
                        HBox row = new HBox(4, marker, content);
                        into.getChildren().add(row);
                    }
                }
            }
        }
    }

    /** A block's inline content as one flow of styled texts. */
    private static TextFlow inline(Node block) {
        List<javafx.scene.text.Text> texts = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            private final List<String> styles = new ArrayList<>();

            private void add(String literal) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(literal);
                t.getStyleClass().add("guide-text");
                t.getStyleClass().addAll(styles);
                texts.add(t);
            }

            @Override
            public void visit(Text text) {
                add(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                styles.add("guide-code");
                add(code.getLiteral());
                styles.remove("guide-code");
            }

            @Override
            public void visit(StrongEmphasis strong) {
                styles.add("guide-strong");
                visitChildren(strong);
                styles.remove("guide-strong");
            }

            @Override
            public void visit(Emphasis emphasis) {
                styles.add("guide-em");
                visitChildren(emphasis);
                styles.remove("guide-em");
            }

            @Override
            public void visit(SoftLineBreak br) {
                add(" ");
            }

            @Override
            public void visit(HardLineBreak br) {
                add("\n");
            }
        });
        TextFlow flow = new TextFlow(texts.toArray(javafx.scene.Node[]::new));
        flow.setMaxWidth(WIDTH);
        return flow;
    }
}
