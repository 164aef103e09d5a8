package estrado.export;

import estrado.deck.TestDecks;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A deck that uses every kind of block, with real pictures, so the PDF is checked against all of them. */
final class ExportFixtures {
    static final String LONG_NOTES = ("Esta nota es larga a propósito: el folleto debe seguir en otra página. ").repeat(120);

    private ExportFixtures() {
    }

    static Path everyBlock(Path dir) throws IOException {
        Path assets = Files.createDirectories(dir.resolve("assets"));
        picture(assets.resolve("grafico.png"), "png", 640, 360);
        picture(assets.resolve("foto.jpg"), "jpg", 400, 300);
        String deck = """
                title: "Prueba de exportación: ñandú y acentos"
                subtitle: Todas las clases de bloque
                author: Equipo docente
                duration: 20
                sections:
                  - s1.yaml
                  - s2.yaml
                """;
        String s1 = """
                id: uno
                title: Texto y listas
                budget: 10
                slides:
                  - id: portada
                    layout: title
                    title: "Prueba de exportación: ñandú y acentos"
                    notes: Bienvenida breve.
                  - id: texto
                    title: ¿Cuánto cuesta entrenar un LLM?
                    subtitle: Un subtítulo con *cursiva*
                    notes: |
                      Primera línea de la nota con **negrita**.
                      Segunda línea, con `código`.
                    blocks:
                      - 'Un párrafo largo que tiene que partirse en varias líneas para comprobar que el PDF corta las líneas exactamente donde las corta la diapositiva, con **negrita**, *cursiva*, `código` y $W = W_0 + BA$, además de US$ 4,6 M.'
                      - bullets:
                          - 'Primero: **7,0 M GPU-horas**'
                          - 'Segundo':
                              - 'un subítem'
                              - 'otro subítem'
                          - Tercero
                        steps: true
                      - pause
                      - callout: {kind: warning, title: Cuidado, text: 'Un aviso con borde a la izquierda.'}
                  - id: tabla
                    title: Una tabla y una fórmula
                    notes: REPLACE_LONG_NOTES
                    blocks:
                      - table:
                          header: [Modelo, Parámetros, Tokens]
                          align: [left, right, center]
                          rows:
                            - [GPT-3, 175B, 300B]
                            - [Llama 3, 70B, 15T]
                          caption: Una leyenda bajo la tabla
                      - formula: {tex: 'M = \\frac{P \\times 4B}{32/Q} \\times 1.2', caption: Memoria}
                """.replace("REPLACE_LONG_NOTES", "'" + LONG_NOTES + "'");
        String s2 = """
                id: dos
                title: Imágenes y columnas
                budget: 10
                slides:
                  - id: seccion
                    layout: section
                    title: Imágenes y columnas
                  - id: imagenes
                    title: Dos imágenes
                    layout: two-columns
                    left:
                      - image: {src: assets/grafico.png, caption: Un gráfico, height: 300}
                      - numbered: [uno, dos]
                    right:
                      - image: {src: assets/foto.jpg, credit: Autor, height: 300}
                      - placeholder: {label: Diagrama pendiente, describe: 'qué irá aquí', height: 200}
                  - id: columnas
                    title: Columnas, cita y widget
                    blocks:
                      - columns:
                          - ['Columna uno', callout: {kind: success, text: bien}]
                          - ['Columna dos', callout: {kind: info, text: dato}]
                      - quote: {text: 'Una cita breve', author: Alguien}
                      - widget: vram-calculator
                  - id: falta
                    title: Imagen que falta
                    blocks:
                      - image: {src: assets/no-esta.png, describe: una figura}
                """;
        return TestDecks.write(dir, deck, s1, s2);
    }

    private static void picture(Path file, String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(11, 106, 143), w, h, new Color(253, 240, 226)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ImageIO.write(img, format, file.toFile());
    }
}
