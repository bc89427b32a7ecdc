package org.cadreportal.report;

import jakarta.annotation.security.PermitAll;
import java.lang.annotation.Annotation;
import java.util.List;
import org.cadreportal.security.DataScope;

/**
 * What every {@link FigureSource} built on a {@link FigureTable} shares, kept once: whether the signed-in user
 * sees its figures at all (the dashboard and the record types its drill-downs list, and for some sources a
 * named role set: {@link FigureTable#available}), its definitions read from its one table, and the user's
 * {@link DataScope} its counts are narrowed to. Its {@code counts} and {@code records} are the feature's, with the
 * roles that may call them; where each figure is a query of its own, {@link QueryFigureSource} keeps them once.
 */
public abstract class TableFigureSource<F> implements FigureSource {

    private final FigureTable<F> figures;
    private final DataScope scope;
    private final Class<? extends Annotation> readers;
    private final String[] recordTypes;

    /** A source shown to whoever may open the dashboard and every one of {@code recordTypes}. */
    protected TableFigureSource(FigureTable<F> figures, DataScope scope, String... recordTypes) {
        this(figures, scope, null, recordTypes);
    }

    /**
     * A source shown, beside that, only to the holders of the named role set {@code readers}
     * ({@code org.cadreportal.security.roles}, e.g. the readers of the 政绩考核 section).
     */
    protected TableFigureSource(FigureTable<F> figures, DataScope scope, Class<? extends Annotation> readers,
                                String... recordTypes) {
        this.figures = figures;
        this.scope = scope;
        this.readers = readers;
        this.recordTypes = recordTypes.clone();
    }

    @Override
    @PermitAll
    public boolean available() {
        return readers == null ? FigureTable.available(recordTypes) : FigureTable.available(readers, recordTypes);
    }

    @Override
    @PermitAll
    public List<FigureDefinition> definitions() {
        return figures.definitions();
    }

    /** The source's figures: their definitions, and what it counts for each key. */
    protected final FigureTable<F> table() {
        return figures;
    }

    /** The signed-in user's data scope, to narrow a figure's unit to. */
    protected final DataScope scope() {
        return scope;
    }
}
