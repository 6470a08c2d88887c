package socketlab.lessons;

/** Why a lesson file was refused: the file, the 1-based line (0 when it concerns the whole file) and the reason. */
public record LessonProblem(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
