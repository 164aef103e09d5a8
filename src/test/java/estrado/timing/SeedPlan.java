package estrado.timing;

import java.util.ArrayList;
import java.util.List;

/** The seed deck's plan: 9 sections of 10,5,20,5,10,30,5,10,5 minutes (100) for a 90-minute slot. */
final class SeedPlan {

    static final int[] BUDGETS = {10, 5, 20, 5, 10, 30, 5, 10, 5};
    /** Slides per section; section 6 (index 5) has 6 slides so its shares are easy to work out by hand. */
    static final int[] SLIDES = {4, 2, 5, 2, 3, 6, 2, 3, 2};
    static final String[] TITLES = {"Introducción Motivacional", "Training ≠ Inference", "Hardware",
            "Software y Librerías", "Ciclo de Entrenamiento Común", "Técnicas de Optimización", "Evaluaciones",
            "Deployment y Recursos", "Cierre"};

    private SeedPlan() {
    }

    static Plan plan() {
        List<SectionBudget> sections = new ArrayList<>();
        for (int k = 0; k < BUDGETS.length; k++) {
            List<SlideBudget> slides = new ArrayList<>();
            for (int j = 0; j < SLIDES[k]; j++) {
                slides.add(SlideBudget.of("s" + (k + 1) + "-" + (j + 1)));
            }
            sections.add(new SectionBudget("s" + (k + 1), TITLES[k], BUDGETS[k], slides));
        }
        return Plan.of(90, sections);
    }

    /** Index of the first slide of section {@code k} (0-based), from the slide counts above. */
    static int firstSlide(int k) {
        int i = 0;
        for (int s = 0; s < k; s++) {
            i += SLIDES[s];
        }
        return i;
    }
}
