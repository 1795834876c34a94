package org.cxloop.analysis.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over hashed features, trained with AdaGrad and a little L2. Small (a few MB),
 * fast to train on the shipped data (seconds) and to apply (a dot product per class), and its softmax gives the
 * confidence the review queue works with.
 */
public final class SentimentModel {

    /** One labelled text, already turned into features. */
    public record Example(List<String> features, int label) {
    }

    /** The model's answer: the label, its probability, and every label's probability. */
    public record Prediction(String label, double confidence, double[] probabilities) {
    }

    private static final int BITS = 20;
    private static final int SIZE = 1 << BITS;

    private final List<String> labels;
    private final float[][] weights;
    private final float[] bias;

    private SentimentModel(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.weights = new float[labels.size()][SIZE];
        this.bias = new float[labels.size()];
    }

    public static SentimentModel train(List<String> labels, List<Example> examples, int epochs, double rate,
                                       double l2, long seed) {
        SentimentModel model = new SentimentModel(labels);
        int k = labels.size();
        float[][] squares = new float[k][SIZE];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        double[] p = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                int[] index = indexes(example.features());
                model.scores(index, p);
                softmax(p);
                for (int c = 0; c < k; c++) {
                    double gradient = p[c] - (c == example.label() ? 1 : 0);
                    model.bias[c] -= (float) (rate * gradient * 0.1);
                    for (int i : index) {
                        float w = model.weights[c][i];
                        double g = gradient + l2 * w;
                        squares[c][i] += (float) (g * g);
                        model.weights[c][i] = (float) (w - rate * g / Math.sqrt(squares[c][i] + 1e-8));
                    }
                }
            }
        }
        return model;
    }

    public Prediction predict(List<String> features) {
        double[] p = new double[labels.size()];
        scores(indexes(features), p);
        softmax(p);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(labels.get(best), p[best], p);
    }

    public List<String> labels() {
        return labels;
    }

    private void scores(int[] index, double[] out) {
        for (int c = 0; c < out.length; c++) {
            double sum = bias[c];
            for (int i : index) {
                sum += weights[c][i];
            }
            out[c] = sum;
        }
    }

    private static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            total += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= total;
        }
    }

    private static int[] indexes(List<String> features) {
        int[] index = new int[features.size()];
        for (int i = 0; i < index.length; i++) {
            int h = features.get(i).hashCode() * 0x9E3779B9;
            index[i] = (h ^ (h >>> BITS)) & (SIZE - 1);
        }
        return index;
    }
}
